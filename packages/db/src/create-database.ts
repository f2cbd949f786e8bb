import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { schema, type Database, type DatabaseKind } from './client.ts';
import { migrationsFolder } from './migrate.ts';
import { acquireDataDirLock } from './pglite-lock.ts';

export interface DatabaseOptions {
  /** A PostgreSQL connection string. Without one, the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Where the embedded database lives (ignored with `databaseUrl`). */
  dataDir: string;
  /** Connections in the node-postgres pool. */
  poolSize?: number;
}

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Runs a real query; throws when the database cannot answer. */
  ping(): Promise<void>;
  /** Applies the committed migrations (see migrate.ts). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const drizzleOptions = { schema, casing: 'snake_case' } as const;

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openEmbedded(join(options.dataDir, 'pglite'), acquireDataDirLock(options.dataDir));
}

// Any constant works; it keeps two servers starting at once from migrating the same database together.
const MIGRATION_LOCK_KEY = 4_711_001;

export function connectPostgres(databaseUrl: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const db = drizzleNodePg({ client: pool, ...drizzleOptions });
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    migrate: async () => {
      // One dedicated connection, so the session-level advisory lock and the migration share it.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrateNodePg(drizzleNodePg({ client, ...drizzleOptions }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens (or creates) a PGlite database. `dataDir` undefined gives an in-memory one; `loadDataDir` a copy. */
export async function openEmbedded(
  dataDir: string | undefined,
  release: () => void = () => {},
  loadDataDir?: Blob,
): Promise<DatabaseHandle & { client: PGlite }> {
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      extensions: { pg_trgm, pgcrypto },
    });
  } catch (error) {
    release();
    throw error;
  }
  const pgliteDb = drizzlePglite({ client, ...drizzleOptions });
  const db = pgliteDb as unknown as Database;
  return {
    client,
    db,
    kind: 'embedded',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
