import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { communications, documents } from './communications.ts';
import { people } from './people.ts';
import { users } from './users.ts';

/**
 * What a client agreed may be shared, with which kinds of agency (`SHARING_CATEGORIES`), how and when. A
 * consent is a record of what the client said: never edited, only withdrawn (effective at once) and replaced
 * by a new one.
 */
export const consents = pgTable(
  'consents',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    categories: text().array().notNull(),
    method: text({ enum: ['verbal', 'written'] }).notNull(),
    givenOn: date({ mode: 'string' }).notNull(),
    /** The signed form, for written consent (optional: some forms are kept on paper). */
    documentId: uuid().references(() => documents.id),
    /** Limits the client set, in their words. */
    scope: text(),
    recordedById: uuid()
      .notNull()
      .references(() => users.id),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnById: uuid().references(() => users.id),
    withdrawalNote: text(),
  },
  (t) => [
    index('consents_person_idx').on(t.personId, t.givenOn),
    check('consents_method_check', sql`${t.method} in ('verbal', 'written')`),
  ],
);

/**
 * Everything about a client that left, or asked to leave, the system: an outgoing communication to an agency,
 * a download, a print or an export. Who to, what kinds of information, on what basis, who and when. One
 * awaiting a supervisor's approval holds the communication as typed (`pendingCommunication`); nothing is
 * logged as sent until it is approved.
 */
export const disclosures = pgTable(
  'disclosures',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: text({ enum: ['communication', 'download', 'print', 'export'] }).notNull(),
    status: text({ enum: ['made', 'awaiting_approval', 'refused', 'cancelled'] }).notNull(),
    /** `RECIPIENT_CATEGORIES`. */
    recipientCategory: text().notNull(),
    agencyId: uuid().references(() => agencies.id),
    /** Who it went to as it read at the time ("Northshire Police (DC Amy Hart)", "Our own casework"). */
    recipientLabel: text().notNull(),
    /** `INFORMATION_CATEGORIES`. */
    informationShared: text().array().notNull(),
    basis: text({ enum: ['consent', 'legal_basis', 'client', 'own_casework'] }).notNull(),
    consentId: uuid().references(() => consents.id),
    legalBasis: text(),
    basisDetails: text(),
    /** What was printed, downloaded or exported, in a few words ("Chronology", a file name is never kept). */
    description: text().notNull(),
    communicationId: uuid().references(() => communications.id),
    documentId: uuid().references(() => documents.id),
    requestedById: uuid()
      .notNull()
      .references(() => users.id),
    /** When it left (status `made`). */
    madeAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    /** While awaiting approval: the communication as it will be logged (createCommunicationInput). */
    pendingCommunication: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    // A client's disclosure history, newest first.
    index('disclosures_person_idx').on(t.personId, t.createdAt),
    // The supervisors' queue.
    index('disclosures_awaiting_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'awaiting_approval'`),
    // Approvals shown on the supervisor dashboard.
    index('disclosures_decided_idx')
      .on(t.decidedAt)
      .where(sql`${t.decidedAt} is not null`),
    index('disclosures_communication_idx').on(t.communicationId),
    // Removing a client's files (anonymisation) checks each one's downloads.
    index('disclosures_document_idx')
      .on(t.documentId)
      .where(sql`${t.documentId} is not null`),
    check('disclosures_kind_check', sql`${t.kind} in ('communication', 'download', 'print', 'export')`),
    check(
      'disclosures_status_check',
      sql`${t.status} in ('made', 'awaiting_approval', 'refused', 'cancelled')`,
    ),
    check('disclosures_basis_check', sql`${t.basis} in ('consent', 'legal_basis', 'client', 'own_casework')`),
    // The firewall's promise, kept by the database too: without consent, nothing is made unapproved.
    check(
      'disclosures_approved_check',
      sql`${t.status} <> 'made' or ${t.basis} <> 'legal_basis' or ${t.decidedById} is not null`,
    ),
    check(
      'disclosures_immigration_check',
      sql`${t.status} <> 'made' or ${t.recipientCategory} <> 'immigration_enforcement' or ${t.decidedById} is not null`,
    ),
  ],
);

/**
 * Break-glass: a caseworker opened a restricted client outside their team, with a reason. The access lasts
 * until `expiresAt`; the grant stays on the supervisor dashboard until a supervisor has reviewed it.
 */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    ...baseColumns,
    ...versionColumn,
    userId: uuid()
      .notNull()
      .references(() => users.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    reason: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    reviewedById: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewNote: text(),
  },
  (t) => [
    // The access check: this user's grant on this client still running.
    index('break_glass_user_person_idx').on(t.userId, t.personId, t.expiresAt),
    index('break_glass_person_idx').on(t.personId, t.createdAt),
    // The dashboard: grants not yet reviewed.
    index('break_glass_unreviewed_idx')
      .on(t.createdAt)
      .where(sql`${t.reviewedAt} is null`),
  ],
);
