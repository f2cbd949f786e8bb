import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';

export const users = pgTable(
  'users',
  {
    ...baseColumns,
    ...versionColumn,
    /** Stored lower-cased; the unique index makes e-mail the sign-in name. */
    email: text().notNull(),
    displayName: text().notNull(),
    role: text({ enum: ['volunteer', 'caseworker', 'supervisor'] }).notNull(),
    isAdmin: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    passwordHash: text().notNull(),
    /** Set when an admin chose the password: the user must replace it before reaching any data. */
    mustChangePassword: boolean().notNull().default(false),
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** A secret offered during enrolment, kept until a code from it is confirmed. */
    totpPendingSecret: text(),
    /** The last 30-second time step whose code was accepted: a code works once (ASVS 6.5.1). */
    totpLastUsedStep: bigint({ mode: 'number' }),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** A number volunteers can call (caseworkers), or be called on. */
    phone: text(),
    /** Volunteers: the languages they speak and when they are usually free (`mon-morning` ...). */
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    availability: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    availabilityNote: text(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_display_name_idx').on(t.displayName, t.id),
    check('users_role_check', sql`${t.role} in ('volunteer', 'caseworker', 'supervisor')`),
  ],
);

export type UserRow = typeof users.$inferSelect;
