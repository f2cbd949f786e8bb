import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';

export const AGENCY_CATEGORIES = [
  'police',
  'crown_prosecution',
  'home_office_asylum',
  'immigration_enforcement',
  'nrm_competent_authority',
  'tribunal',
  'local_authority',
  'legal_representative',
  'support_service',
  'health',
  'other',
] as const;

/** The directory: police forces, Home Office units, tribunals, local authorities, solicitors, support services. */
export const agencies = pgTable(
  'agencies',
  {
    ...baseColumns,
    ...versionColumn,
    name: text().notNull(),
    /** `immigration_enforcement` marks an agency that must never receive client data silently. */
    category: text({ enum: AGENCY_CATEGORIES }).notNull(),
    address: text(),
    phone: text(),
    email: text(),
    website: text(),
    notes: text(),
    /** Working days to wait for a reply before it counts as overdue (practice default 10). */
    replyExpectedWorkingDays: integer(),
  },
  (t) => [
    index('agencies_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('agencies_category_idx').on(t.category, t.name),
    index('agencies_name_idx').on(t.name, t.id),
    check(
      'agencies_category_check',
      sql`${t.category} in (${sql.raw(AGENCY_CATEGORIES.map((c) => `'${c}'`).join(', '))})`,
    ),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    ...baseColumns,
    ...versionColumn,
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    name: text().notNull(),
    role: text(),
    email: text(),
    phone: text(),
    notes: text(),
  },
  (t) => [index('contacts_agency_idx').on(t.agencyId, t.name)],
);
