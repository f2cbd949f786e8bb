import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';
import { users } from './users.ts';

/** A team of staff. Restricted clients are visible to the caseworkers on the client's team (and supervisors). */
export const teams = pgTable('teams', { ...baseColumns, ...versionColumn, name: text().notNull() }, (t) => [
  uniqueIndex('teams_name_key').on(t.name),
]);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);
