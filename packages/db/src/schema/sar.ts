import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { deadlines } from './deadlines.ts';
import { people } from './people.ts';
import { users } from './users.ts';

/**
 * A client's request for everything we hold about them (UK GDPR Art 15), tracked with its `sar.response`
 * deadline on the case; each export of the bundle is also a disclosure (kind export, to the client).
 */
export const subjectAccessRequests = pgTable(
  'subject_access_requests',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    receivedOn: date({ mode: 'string' }).notNull(),
    receivedVia: text({ enum: ['in_person', 'letter', 'email', 'phone', 'other'] }).notNull(),
    identityChecked: boolean().notNull(),
    note: text(),
    deadlineId: uuid()
      .notNull()
      .references(() => deadlines.id),
    status: text({ enum: ['open', 'completed'] })
      .notNull()
      .default('open'),
    completedOn: date({ mode: 'string' }),
    completionNote: text(),
    recordedById: uuid()
      .notNull()
      .references(() => users.id),
    lastExportedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('subject_access_requests_person_idx').on(t.personId, t.receivedOn)],
);
