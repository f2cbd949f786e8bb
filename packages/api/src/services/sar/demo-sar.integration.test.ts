import { clientSearchWords, CLIENT_TABLES, people } from '@umbrella/db';
import { londonToday } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSarBundle } from '../../sar-download.ts';
import { demoApi } from '../../testing/demo.ts';
import type { TestApi, TestBrowser } from '../../testing/harness.ts';

// Issue 7's test of done: a subject access export of one demo client holds all of that client's records and
// nothing identifying of another.
let api: TestApi;
let supervisor: TestBrowser;
let personId = '';
let bundle: { json: { sections: Record<string, { id?: string; seq?: number }[]>; files: unknown[] } };
let everything = '';
/** Each client table's rows of the client before the export (which adds its own disclosure and audit rows). */
const heldBefore = new Map<string, string[]>();
const auditedBefore: string[] = [];

beforeAll(async () => {
  ({ api, supervisor } = await demoApi());
  // The demo client with the most files: letters, scans and a signed consent form.
  const busiest = await api.handle.db.execute<{ person_id: string }>(
    sql`select person_id from documents group by person_id order by count(*) desc, person_id limit 1`,
  );
  personId = busiest.rows[0]?.person_id ?? '';
  const call = await supervisor.call();
  const request = await call.sar.record({
    personId,
    receivedOn: londonToday(api.clock.now),
    receivedVia: 'letter',
    identityChecked: true,
  });
  // Reads of the record, which the export must list (who viewed it).
  await call.clients.get({ id: personId });
  await call.communications.list({ personId });
  for (const link of CLIENT_TABLES) {
    if (link.by !== 'audit_entity') heldBefore.set(link.table, await idsHeld(link.table, link.by));
  }
  const audited = await api.handle.db.execute<{ seq: string }>(
    sql`select seq::text as seq from audit_log where entity_type = 'person' and entity_id = ${personId}`,
  );
  auditedBefore.push(...audited.rows.map((r) => r.seq));
  const download = await downloadSarBundle(await supervisor.context(), request.id);
  const files = unzipSync(download.bytes);
  const json = strFromU8(files['bundle.json'] as Uint8Array);
  bundle = { json: JSON.parse(json) };
  everything = json + strFromU8(files['readable.html'] as Uint8Array);
}, 180_000);
afterAll(() => api?.close());

/** The ids of one table's rows belonging to the client, found independently of the export. */
async function idsHeld(table: string, by: string): Promise<string[]> {
  const t = sql.identifier(table);
  const where =
    by === 'id'
      ? sql`id = ${personId}`
      : by === 'person_id'
        ? sql`person_id = ${personId}`
        : by === 'matter_id'
          ? sql`matter_id in (select id from matters where person_id = ${personId})`
          : sql`appointment_id in (select id from appointments where person_id = ${personId})`;
  const key = by === 'matter_id' ? sql`matter_id` : sql`id`;
  const rows = await api.handle.db.execute<{ id: string }>(
    sql`select ${key}::text as id from ${t} where ${where}`,
  );
  return rows.rows.map((r) => r.id).sort();
}

describe('a subject access export of a demo client', () => {
  it('holds every row of every client table that is theirs, and each of their files', async () => {
    expect(personId).not.toBe('');
    let rows = 0;
    for (const link of CLIENT_TABLES) {
      if (link.by === 'audit_entity') continue;
      const held = heldBefore.get(link.table) ?? [];
      const key = link.by === 'matter_id' ? 'matter_id' : 'id';
      const exported = (bundle.json.sections[link.table] ?? [])
        .map((r) => String((r as Record<string, unknown>)[key]))
        .sort();
      expect(exported, link.table).toEqual(held);
      rows += held.length;
    }
    expect(rows).toBeGreaterThan(40);
    const files = await idsHeld('documents', 'person_id');
    expect(files.length).toBeGreaterThan(1);
    expect(bundle.json.files).toHaveLength(files.length);
    // Every read of the record is in it, and every change: the audit rows against the client.
    const exportedSeqs = new Set(bundle.json.sections.audit_log?.map((r) => String(r.seq)));
    expect(auditedBefore.length).toBeGreaterThanOrEqual(3);
    for (const seq of auditedBefore) expect(exportedSeqs.has(seq), `audit row ${seq}`).toBe(true);
  });

  it('names no other demo client: no display name, legal or other name, or reference of theirs', async () => {
    const others = await api.handle.db
      .select({ id: people.id, displayName: people.displayName })
      .from(people)
      .where(sql`${people.id} <> ${personId}`);
    expect(others.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const other of others) {
      const identifying = [
        other.displayName,
        ...(await clientSearchWords(api.handle.db, api.cipher, other.id)),
      ];
      // Whole words only: a display name such as "Joy" may be an ordinary word in a letter.
      for (const value of identifying) {
        const pattern = new RegExp(
          `(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'u',
        );
        if (pattern.test(everything)) found.push(value);
      }
      expect(everything).not.toContain(other.id);
    }
    expect(found).toEqual([]);
  });
});
