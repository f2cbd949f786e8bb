import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { matters } from './matters.ts';
import { people } from './people.ts';
import { supervisionReviews } from './supervision.ts';
import { timelineEvents } from './timeline.ts';
import { users } from './users.ts';

/**
 * A time limit on a client's case: computed by a catalogue rule from a trigger date (automatically from a
 * stage event, or by hand), or a free date with its reason. `explanation` and `certainty` are kept as
 * computed, so the screen shows what the caseworker was told.
 */
export const deadlines = pgTable(
  'deadlines',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    matterId: uuid().references(() => matters.id),
    /** The stage event that started it (source stage_event). */
    timelineEventId: uuid().references(() => timelineEvents.id),
    source: text({ enum: ['stage_event', 'manual'] }).notNull(),
    /** A rule id of the catalogue (packages/domain); null for a free date. */
    ruleId: text(),
    triggerDate: date({ mode: 'string' }),
    jurisdiction: text({ enum: ['england-and-wales', 'scotland', 'northern-ireland'] })
      .notNull()
      .default('england-and-wales'),
    due: date({ mode: 'string' }).notNull(),
    /** The rule's title, or the reason given for a free date. */
    title: text().notNull(),
    explanation: text().notNull(),
    certainty: text({
      enum: ['statutory', 'statutory_guidance', 'policy', 'policy_target', 'practice', 'uncertain'],
    }).notNull(),
    status: text({ enum: ['open', 'met', 'missed', 'waived'] })
      .notNull()
      .default('open'),
    statusReason: text(),
    statusChangedAt: timestamp({ withTimezone: true }),
    statusChangedById: uuid().references(() => users.id),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    /** An action agreed at this supervision review. */
    supervisionReviewId: uuid().references((): AnyPgColumn => supervisionReviews.id),
  },
  (t) => [
    index('deadlines_person_status_due_idx').on(t.personId, t.status, t.due),
    // A client's list a page at a time: the open ones by due date, then the closed ones (false sorts first).
    index('deadlines_person_list_idx').on(t.personId, sql`(${t.status} <> 'open')`, t.due, t.createdAt, t.id),
    index('deadlines_status_due_idx').on(t.status, t.due),
    index('deadlines_matter_idx').on(t.matterId),
    index('deadlines_timeline_event_idx').on(t.timelineEventId),
    index('deadlines_supervision_review_idx').on(t.supervisionReviewId),
    // Stall rules and trends: each case's open and met deadlines.
    index('deadlines_case_status_due_idx').on(t.caseId, t.status, t.due),
  ],
);
