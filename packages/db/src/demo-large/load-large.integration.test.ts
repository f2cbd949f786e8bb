import { count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../create-database.ts';
import { auditLog } from '../schema/audit.ts';
import { communications } from '../schema/communications.ts';
import { people, personAliases } from '../schema/people.ts';
import { users } from '../schema/users.ts';
import { testCipher } from '../testing/test-cipher.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { LargeDataPresentError, loadLargeData, type LargeCounts } from './load-large.ts';

const cipher = testCipher();
let handle: DatabaseHandle;
let counts: LargeCounts;
const progress: number[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  counts = await loadLargeData(handle.db, cipher, {
    scale: 0.005,
    seed: 11,
    anchor: '2026-11-23',
    onProgress: (done) => progress.push(done),
  });
}, 180_000);
afterAll(async () => {
  await handle?.close();
});

describe('pnpm demo:large', () => {
  it('writes the demo organisation, 120 more staff and the scaled share of clients, reporting progress', async () => {
    expect(counts.users).toBe(120);
    expect(counts.clients).toBe(100);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(100);
    const [demoCaseworker] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'caseworker@demo.test'));
    const [caseload] = await handle.db
      .select({ n: count() })
      .from(people)
      .where(eq(people.keyWorkerId, demoCaseworker?.id ?? ''));
    // The demo's own clients and a share of the large set.
    expect(caseload?.n).toBeGreaterThan(5);
    const [stored] = await handle.db.select({ n: count() }).from(communications);
    expect(stored?.n).toBeGreaterThanOrEqual(counts.communications);
    // About 25 communications (a median of about 11: a long tail, which a sample of 100 makes the mean swing
    // with), 2 cases, 4 matters, 7.5 deadlines and 3 appointments a client.
    const perClient = await handle.db.execute<{ n: number | string }>(sql`
      select count(*) as n from ${communications} c join ${people} p on p.id = c.person_id
       where p.display_name like '% _.' group by c.person_id order by 1`);
    const median = Number(perClient.rows[Math.floor(perClient.rows.length / 2)]?.n);
    expect(median).toBeGreaterThan(5);
    expect(median).toBeLessThan(25);
    expect(counts.cases / counts.clients).toBeCloseTo(2, 0);
    expect(counts.matters / counts.cases).toBeCloseTo(2, 0);
    expect(counts.deadlines / counts.clients).toBeGreaterThan(5);
    expect(counts.deadlines / counts.clients).toBeLessThan(10);
    expect(counts.appointments / counts.clients).toBeGreaterThan(2);
    expect(counts.appointments / counts.clients).toBeLessThan(4);
  });

  it('stores legal names and letters sealed, findable by blind index and by the words of the letter', async () => {
    const [alias] = await handle.db
      .select({ name: personAliases.name, personId: personAliases.personId })
      .from(personAliases)
      .innerJoin(people, eq(people.id, personAliases.personId))
      .where(sql`${people.displayName} like '% _.'`)
      .limit(1);
    expect(String(alias?.name)).toMatch(/^enc:v1:/);
    const legalName = cipher.open('person_aliases.name', alias!.name);
    const found = await handle.db
      .select({ personId: personAliases.personId })
      .from(personAliases)
      .where(inArray(personAliases.nameIndex, cipher.searchIndexes('name', legalName)));
    expect(found.map((f) => f.personId)).toContain(alias?.personId);

    const [{ n: byWord } = { n: 0 }] = await handle.db
      .select({ n: count() })
      .from(communications)
      .where(sql`${communications.search} @@ websearch_to_tsquery('english', 'interpreter')`);
    expect(byWord).toBeGreaterThan(0);
    const surname = legalName.split(' ').at(-1) as string;
    const [{ n: byName } = { n: 0 }] = await handle.db
      .select({ n: count() })
      .from(communications)
      .where(
        sql`${communications.personId} = ${alias!.personId} and ${communications.search} @@ websearch_to_tsquery('english', ${surname})`,
      );
    expect(byName).toBe(0);
  });

  it('records the load in the audit trail and refuses a second load', async () => {
    const [audited] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'demo.load_large'));
    expect(audited?.n).toBe(1);
    await expect(
      loadLargeData(handle.db, cipher, { scale: 0.001, seed: 1, anchor: '2026-11-23' }),
    ).rejects.toBeInstanceOf(LargeDataPresentError);
  });
});
