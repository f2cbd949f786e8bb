import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every table: a UUID id and when the row was created and last changed. */
export const baseColumns = {
  id: uuid().primaryKey().defaultRandom(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** Every user-editable row also carries a version for optimistic concurrency. */
export const versionColumn = { version: integer().notNull().default(1) };
