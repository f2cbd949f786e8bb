import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { people } from './people.ts';
import { users } from './users.ts';

/**
 * A supervisor's review of one case file: notes (read by supervisors and the caseworkers on the case only),
 * the next review date, and the agreed actions, which are deadlines pointing back here
 * (`deadlines.supervision_review_id`). A review is a record of a meeting: corrected by a later review, not edited.
 */
export const supervisionReviews = pgTable(
  'supervision_reviews',
  {
    ...baseColumns,
    ...versionColumn,
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id),
    reviewedOn: date({ mode: 'string' }).notNull(),
    notes: text().notNull(),
    nextReviewOn: date({ mode: 'string' }),
  },
  (t) => [
    // The latest review of each case (stall rule "review due") and a case's review history.
    index('supervision_reviews_case_idx').on(t.caseId, t.reviewedOn, t.createdAt),
    index('supervision_reviews_person_idx').on(t.personId, t.reviewedOn),
  ],
);

/**
 * A supervisor's half-written review of one case file, autosaved as typed so it survives a reload or another
 * browser (never the browser's storage). One per supervisor and case; read back by its author only, never by
 * anyone else; deleted when the review is recorded or discarded. Like `accompaniment_reports.draft`, the form
 * is kept as typed (ReviewDraft), checked for size only: recording the review checks it properly.
 */
export const supervisionReviewDrafts = pgTable(
  'supervision_review_drafts',
  {
    ...baseColumns,
    ...versionColumn,
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    /** The review form as typed (ReviewDraft). */
    draft: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    // One draft per supervisor and case: the autosave's upsert key, and its author's read.
    uniqueIndex('supervision_review_drafts_author_case_key').on(t.authorId, t.caseId),
    // A client's drafts, for the erasure path.
    index('supervision_review_drafts_person_idx').on(t.personId),
  ],
);

/**
 * One weekly digest e-mail per person per week: the row is claimed before sending, so two servers never both
 * send. A claim that has not ended in a sent e-mail (a failure, or a crash before the outcome was written) may
 * be claimed again an hour after its last attempt, up to three attempts in all.
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    ...baseColumns,
    userId: uuid()
      .notNull()
      .references(() => users.id),
    weekStart: date({ mode: 'string' }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    /** Why it could not be sent (no personal data: the mail server's error code only). */
    failure: text(),
    /** How many times the e-mail has been claimed for sending this week. */
    attempts: integer().notNull().default(0),
  },
  (t) => [uniqueIndex('digest_deliveries_user_week_key').on(t.userId, t.weekStart)],
);
