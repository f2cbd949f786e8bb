import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCipher } from '../testing/test-cipher.ts';
import { createTestDatabase, type TestDatabaseHandle } from '../testing/test-database.ts';
import { DEMO_CLIENTS } from './clients.ts';
import { loadDemoData } from './seed.ts';

// A backup of a demo database (pg_dump on PostgreSQL, the data directory on PGlite) must not reveal what the
// application encrypts: legal names and other names, dates of birth, notes, references, sensitive notes.
let handle: TestDatabaseHandle;
let dump: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadDemoData(handle.db, testCipher());
  dump = (await handle.dump()).toString('latin1');
}, 180_000);
afterAll(async () => {
  await handle.close();
});

/** Text as the dump holds it (UTF-8 bytes read one by one), so names with accents are looked for too. */
const asStored = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('a dump of the demo database', () => {
  it('holds the demo (the test would pass on an empty one otherwise)', () => {
    expect(dump).toContain(asStored(DEMO_CLIENTS[0]!.displayName));
    expect(dump).toContain('enc:v1:test-key-1:');
  });

  it('shows no date of birth, client notes or sensitive note of any demo client in clear', () => {
    const secrets = DEMO_CLIENTS.flatMap((c) => [
      ...(c.dateOfBirth ? [c.dateOfBirth] : []),
      ...(c.notes ? [c.notes] : []),
      ...[...(c.caseFile.notes ?? []), ...c.matters.flatMap((m) => m.notes ?? [])]
        .filter((n) => n.sensitive)
        .map((n) => n.text),
    ]);
    expect(secrets.length).toBeGreaterThan(10);
    expect(secrets.filter((secret) => dump.includes(asStored(secret)))).toEqual([]);
  });

  it('holds no legal name, other name or reference in clear in any row of any table', async () => {
    const secrets = [...demoNames(), ...demoReferences()];
    const tables = await handle.db.execute<{ name: string }>(
      sql`select tablename as name from pg_tables where schemaname = 'public'`,
    );
    const found: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await handle.db.execute<{ row: string }>(
        sql`select t::text as row from ${sql.identifier(name)} t`,
      );
      for (const { row } of rows.rows) {
        for (const secret of secrets) if (row.includes(secret)) found.push(`${name}: ${secret}`);
      }
    }
    expect(found).toEqual([]);
  });

  // The demo's letters, their disclosures and the scanned consent forms quote legal names and references, as
  // real letters do: their words and files are sealed, and the search index is written without them.
  it('shows no legal name, other name or reference of any demo client anywhere in clear', () => {
    const secrets = [...demoNames(), ...demoReferences()];
    expect(secrets.filter((secret) => dump.includes(asStored(secret)))).toEqual([]);
  });
});

function demoNames(): string[] {
  const names = DEMO_CLIENTS.flatMap((c) => (c.aliases ?? []).map((a) => a.name));
  expect(names.length).toBeGreaterThan(5);
  return names;
}

function demoReferences(): string[] {
  return DEMO_CLIENTS.flatMap((c) =>
    c.matters.flatMap((m) => {
      const d = m.details as Record<string, unknown>;
      return ['crimeReference', 'nrmReference', 'homeOfficeReference', 'appealNumber'].flatMap((f) =>
        typeof d[f] === 'string' ? [d[f] as string] : [],
      );
    }),
  );
}
