import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectPostgres, openEmbedded, type DatabaseHandle } from '../create-database.ts';
import { migrationsFolder } from '../migrate.ts';

/** A test database, which a test can also dump whole (to look for values that must not be there in clear). */
export interface TestDatabaseHandle extends DatabaseHandle {
  /**
   * Everything the database holds, as a backup would: `pg_dump` of the PostgreSQL database, or the PGlite data
   * directory as an uncompressed tarball (tables, indexes and write-ahead log).
   */
  dump(): Promise<Buffer>;
}

/**
 * A fresh, migrated database for one test file.
 * - With `TEST_DATABASE_URL`: a new PostgreSQL database created beside the one named (which must have "test"
 *   in its name), dropped again by `close()`.
 * - Otherwise: an in-memory PGlite loaded from a migrated snapshot, so migrations run once per machine and
 *   migrations change, not once per test.
 */
export async function createTestDatabase(): Promise<TestDatabaseHandle> {
  // eslint-disable-next-line no-restricted-properties -- tests read their own switch
  const url = process.env.TEST_DATABASE_URL;
  return url ? createPostgresTestDatabase(url) : createEmbeddedTestDatabase();
}

export function assertTestDatabaseName(url: string): string {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.toLowerCase().includes('test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
  return name;
}

async function createPostgresTestDatabase(url: string): Promise<TestDatabaseHandle> {
  const baseName = assertTestDatabaseName(url);
  const name = `${baseName}_${randomBytes(5).toString('hex')}`;
  // Databases are created and dropped from the maintenance database, so the named one need not exist.
  const maintenanceUrl = new URL(url);
  maintenanceUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenanceUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = connectPostgres(testUrl.toString(), 4);
  await handle.migrate();
  return {
    ...handle,
    dump: () =>
      new Promise((resolve, reject) => {
        execFile(
          'pg_dump',
          ['--no-owner', '--dbname', testUrl.toString()],
          { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        );
      }),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: maintenanceUrl.toString() });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder).sort()) {
    if (file.endsWith('.sql')) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  hash.update(readFileSync(join(migrationsFolder, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

async function createEmbeddedTestDatabase(): Promise<TestDatabaseHandle> {
  const snapshotPath = join(tmpdir(), `umbrella-test-snapshot-${migrationsFingerprint()}.tar.gz`);
  if (!existsSync(snapshotPath)) {
    const fresh = await openEmbedded(undefined);
    await fresh.migrate();
    const dump = await (await fresh.client.dumpDataDir('gzip')).arrayBuffer();
    await fresh.close();
    // Written then renamed, so a parallel test file never reads half a snapshot.
    const partial = `${snapshotPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(dump));
    renameSync(partial, snapshotPath);
  }
  const handle = await openEmbedded(undefined, () => {}, new Blob([readFileSync(snapshotPath)]));
  return {
    ...handle,
    dump: async () => {
      // Written out to the data files first, as a stopped server's data directory would be.
      await handle.client.exec('checkpoint');
      return Buffer.from(await (await handle.client.dumpDataDir('none')).arrayBuffer());
    },
  };
}
