import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { NodePgDatabase, NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';

export { schema };
export type Schema = typeof schema;

/**
 * The database handle used everywhere. PGlite's drizzle driver has the same query builder, so the embedded
 * handle is typed as this one too (see create-database.ts).
 */
export type Database = NodePgDatabase<Schema>;
export type Transaction = PgTransaction<NodePgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Helpers take either, as their first argument, so a caller's transaction can be passed through. */
export type DbOrTx = Database | Transaction;

export type DatabaseKind = 'embedded' | 'postgres';
