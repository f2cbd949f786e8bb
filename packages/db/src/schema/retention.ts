import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';
import { people } from './people.ts';
import { users } from './users.ts';

export const ANONYMISATION_REQUEST_STATUS_VALUES = [
  'awaiting_approval',
  'approved',
  'refused',
  'cancelled',
] as const;

/**
 * A request to anonymise one client, approved by a second person (between them a supervisor and an
 * administrator) before anything is removed. Kept after the act as its record: who asked, who decided, when.
 * The reason and the decision note are staff's words, so they are removed with the client's data.
 */
export const anonymisationRequests = pgTable(
  'anonymisation_requests',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    reason: text().notNull(),
    requestedById: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: ANONYMISATION_REQUEST_STATUS_VALUES }).notNull().default('awaiting_approval'),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    // The queue of requests awaiting a second person, oldest first.
    index('anonymisation_requests_awaiting_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'awaiting_approval'`),
    // At most one request awaiting approval per client.
    uniqueIndex('anonymisation_requests_one_awaiting_key')
      .on(t.personId)
      .where(sql`${t.status} = 'awaiting_approval'`),
    // A client's requests, and what happened recently.
    index('anonymisation_requests_person_idx').on(t.personId, t.createdAt),
    index('anonymisation_requests_decided_idx')
      .on(t.decidedAt)
      .where(sql`${t.decidedAt} is not null`),
    check(
      'anonymisation_requests_status_check',
      sql`${t.status} in ('awaiting_approval', 'approved', 'refused', 'cancelled')`,
    ),
    // The two-person rule, kept by the database too: nobody approves their own request.
    check(
      'anonymisation_requests_two_people_check',
      sql`${t.status} <> 'approved' or (${t.decidedById} is not null and ${t.decidedById} <> ${t.requestedById})`,
    ),
  ],
);
