import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import type { DatabaseHandle } from '../create-database.ts';
import { people } from '../schema/people.ts';
import { instanceSettings } from '../schema/settings.ts';
import { createClientCase } from '../testing/factories.ts';
import { testCipher } from '../testing/test-cipher.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { isSealed } from './ciphertext.ts';
import { LEGACY_SEALING_KEY, legacySealingSignature, sealLegacyValuesAtStart } from './seal-at-start.ts';

let handle: DatabaseHandle;
let db: Database;
const cipher = testCipher();

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(async () => {
  await handle.close();
});

async function marker(): Promise<unknown> {
  const [row] = await db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, LEGACY_SEALING_KEY));
  return row?.value;
}

/** Notes as a release before encryption wrote them: in clear. */
async function plainNotes(personId: string, notes: string) {
  await db.execute(sql`update people set notes = ${notes} where id = ${personId}`);
}

async function storedNotes(personId: string): Promise<string> {
  const [row] = await db.select({ notes: people.notes }).from(people).where(eq(people.id, personId));
  return String(row?.notes);
}

describe('sealLegacyValuesAtStart', () => {
  it('sweeps, marks the sweep done for these columns, and skips it at the next start', async () => {
    const { personId } = await createClientCase(db, { cipher });
    await plainNotes(personId, 'written before encryption');
    const first = await sealLegacyValuesAtStart(db, cipher);
    expect(first).toMatchObject({ resealed: 1, unreadable: 0 });
    expect(isSealed(await storedNotes(personId))).toBe(true);
    expect(await marker()).toMatchObject({ signature: legacySealingSignature() });

    expect(await sealLegacyValuesAtStart(db, cipher)).toBeNull();
    // Rows restored from an old backup after the sweep: `pnpm db:migrate` sweeps whatever the marker says.
    await plainNotes(personId, 'restored after the sweep');
    expect(await sealLegacyValuesAtStart(db, cipher)).toBeNull();
    expect(await sealLegacyValuesAtStart(db, cipher, { always: true })).toMatchObject({ resealed: 1 });
    expect(isSealed(await storedNotes(personId))).toBe(true);
  });

  it('sweeps again when a release seals other columns (another signature)', async () => {
    const { personId } = await createClientCase(db, { cipher });
    await plainNotes(personId, 'restored from an old backup');
    await db
      .update(instanceSettings)
      .set({ value: { signature: 'an older list' } })
      .where(eq(instanceSettings.key, LEGACY_SEALING_KEY));
    expect(await sealLegacyValuesAtStart(db, cipher)).toMatchObject({ resealed: 1 });
    expect(isSealed(await storedNotes(personId))).toBe(true);
    expect(await marker()).toMatchObject({ signature: legacySealingSignature() });
  });

  it('does not mark a sweep that met unreadable values done, so every start reports them', async () => {
    await db.delete(instanceSettings).where(eq(instanceSettings.key, LEGACY_SEALING_KEY));
    const { personId } = await createClientCase(db, { cipher });
    await plainNotes(personId, 'enc:not a sealed value');
    expect(await sealLegacyValuesAtStart(db, cipher)).toMatchObject({ unreadable: 1 });
    expect(await marker()).toBeUndefined();
    expect(await sealLegacyValuesAtStart(db, cipher)).toMatchObject({ unreadable: 1 });
    await plainNotes(personId, 'dealt with');
    expect(await sealLegacyValuesAtStart(db, cipher)).toMatchObject({ resealed: 1, unreadable: 0 });
    expect(await marker()).toMatchObject({ signature: legacySealingSignature() });
  });
});
