import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';
import { people } from './people.ts';
import { teams } from './teams.ts';
import { users } from './users.ts';

/** A client's case file: it holds the matters running side by side. */
export const cases = pgTable(
  'cases',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    status: text({ enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    openedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
    leadCaseworkerId: uuid().references(() => users.id),
    teamId: uuid().references(() => teams.id),
  },
  (t) => [
    index('cases_person_idx').on(t.personId),
    index('cases_lead_idx').on(t.leadCaseworkerId, t.status),
    index('cases_status_idx').on(t.status, t.openedOn),
  ],
);
