import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { baseColumns, versionColumn } from './columns.ts';

/** Organisation-wide settings, one row a key (e.g. `demo`: the demo data set is loaded). */
export const instanceSettings = pgTable(
  'instance_settings',
  {
    ...baseColumns,
    ...versionColumn,
    key: text().notNull(),
    value: jsonb().$type<unknown>().notNull(),
  },
  (t) => [uniqueIndex('instance_settings_key_key').on(t.key)],
);
