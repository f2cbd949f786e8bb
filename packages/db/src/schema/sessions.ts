import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { baseColumns } from './columns.ts';
import { users } from './users.ts';

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database does not let anyone sign in.
 */
export const sessions = pgTable(
  'sessions',
  {
    ...baseColumns,
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({
      enum: ['needs_totp', 'needs_password_change', 'needs_totp_enrolment', 'active'],
    }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When this session proved the second factor (a code, or confirming enrolment); null if it never did. */
    secondFactorAt: timestamp({ withTimezone: true }),
    /** Set when the session ends (sign-out, deactivation, password change); ended sessions are kept for audit. */
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_user_open_idx')
      .on(t.userId)
      .where(sql`${t.endedAt} is null`),
    check(
      'sessions_status_check',
      sql`${t.status} in ('needs_totp', 'needs_password_change', 'needs_totp_enrolment', 'active')`,
    ),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;

/** Every sign-in attempt, for throttling by account and by address. Keyed by a hash, never the e-mail. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    ...baseColumns,
    accountKey: text().notNull(),
    ipAddress: text().notNull(),
    succeeded: boolean().notNull(),
  },
  (t) => [
    index('sign_in_attempts_account_idx').on(t.accountKey, t.createdAt),
    index('sign_in_attempts_ip_idx').on(t.ipAddress, t.createdAt),
    // Old attempts are pruned; this finds them.
    index('sign_in_attempts_created_idx').on(t.createdAt),
  ],
);
