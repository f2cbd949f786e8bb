import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import type { DatabaseHandle } from '../create-database.ts';
import { communications, documents } from '../schema/communications.ts';
import { matters, policeReportDetails } from '../schema/matters.ts';
import { people, personAliases } from '../schema/people.ts';
import { timelineEvents } from '../schema/timeline.ts';
import {
  createClientCase,
  createCommunication,
  createMatterWithHistory,
  createTimelineEvent,
  createUser,
} from '../testing/factories.ts';
import { testMasterKey } from '../testing/test-cipher.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { FieldCipher } from './cipher.ts';
import { keyIdOf, type Ciphertext } from './ciphertext.ts';
import { openCommunicationText } from './communication-text.ts';
import { Keyring } from './keyring.ts';
import { noteText } from './notes.ts';
import { keysInUse, reencryptAll, sealLegacyValues } from './reencrypt.ts';
import { openSafeContact } from './safe-contact.ts';

const k1 = testMasterKey('k1');
const k2 = testMasterKey('k2');
const underK1 = new FieldCipher(new Keyring({ current: 'k1', keys: [k1] }));
const underK2 = new FieldCipher(new Keyring({ current: 'k2', keys: [k2, k1] }));

let handle: DatabaseHandle;
let db: Database;
let staffId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  staffId = (await createUser(db)).id;
});
afterAll(async () => {
  await handle.close();
});

/** A client with every kind of sealed value, sealed under `cipher`. */
async function sealedClient(cipher: FieldCipher, mark: string) {
  const file = await createClientCase(db, {
    cipher,
    displayName: `Client ${mark}`,
    dateOfBirth: '1990-01-02',
    notes: `notes ${mark}`,
    safeContact: { codeWord: `word ${mark}`, safeTimes: `times ${mark}` },
    aliases: [{ name: `Legal ${mark}` }, { name: `Alias ${mark}`, kind: 'alias' }],
  });
  const matterId = await createMatterWithHistory(db, file, {
    cipher,
    kind: 'police_report',
    stages: [{ stage: 'reported', on: '2026-11-01' }],
    recordedById: staffId,
    reference: `REF/${mark}`,
  });
  await db.insert(policeReportDetails).values({
    matterId,
    crimeReference: cipher.seal('police_report_details.crime_reference', `REF/${mark}`),
    crimeReferenceIndex: cipher.blindIndex('reference', `REF/${mark}`),
  });
  await createTimelineEvent(
    db,
    file,
    {
      kind: 'note',
      occurredOn: '2026-11-02',
      recordedById: staffId,
      note: `secret ${mark}`,
      sensitive: true,
    },
    cipher,
  );
  const communicationId = await createCommunication(db, file, {
    cipher,
    occurredOn: '2026-11-03',
    recordedById: staffId,
    subject: `Letter for Legal ${mark}`,
    body: `Your ref REF/${mark}`,
  });
  await db
    .insert(documents)
    .values(fileRow(file.personId, communicationId, cipher.sealBytes('documents.content', scan(mark))));
  return { ...file, matterId };
}

const scan = (mark: string) => Buffer.from(`%PDF-1.7 scan of the letter for Legal ${mark}`);

function fileRow(personId: string, communicationId: string, content: Uint8Array) {
  return {
    personId,
    communicationId,
    uploadedById: staffId,
    filename: 'scan.pdf',
    contentType: 'application/pdf',
    size: content.byteLength,
    sha256: 'not checked here',
    content,
  };
}

async function readBack(cipher: FieldCipher, personId: string) {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  const aliases = await db.select().from(personAliases).where(eq(personAliases.personId, personId));
  const [matter] = await db.select().from(matters).where(eq(matters.personId, personId));
  const [details] = await db
    .select()
    .from(policeReportDetails)
    .where(eq(policeReportDetails.matterId, matter!.id));
  const notes = await db.select().from(timelineEvents).where(eq(timelineEvents.personId, personId));
  return {
    dateOfBirth: cipher.openOrNull('people.date_of_birth', person!.dateOfBirth),
    notes: cipher.openOrNull('people.notes', person!.notes),
    safeContact: openSafeContact(cipher, person!.safeContact),
    aliases: aliases.map((a) => cipher.open('person_aliases.name', a.name)).sort(),
    aliasIndexes: aliases.map((a) => a.nameIndex).sort(),
    reference: cipher.openOrNull('matters.reference', matter!.reference),
    referenceIndex: matter!.referenceIndex,
    crimeReference: cipher.openOrNull('police_report_details.crime_reference', details!.crimeReference),
    crimeReferenceIndex: details!.crimeReferenceIndex,
    sensitiveNotes: notes.filter((n) => n.sensitive).map((n) => noteText(cipher, n)),
    letters: (await db.select().from(communications).where(eq(communications.personId, personId))).map((c) =>
      openCommunicationText(cipher, c),
    ),
    files: (await db.select().from(documents).where(eq(documents.personId, personId))).map((d) =>
      cipher.openBytes('documents.content', d.content).toString('latin1'),
    ),
  };
}

describe('re-encrypting under a new key', () => {
  it('re-seals every value under the current key in small batches, indexes recomputed, and is idempotent', async () => {
    const a = await sealedClient(underK1, 'A');
    const b = await sealedClient(underK1, 'B');
    expect([...(await keysInUse(db)).keys()]).toEqual(['k1']);

    const report = await reencryptAll(db, underK2, { mode: 'rotate', batchSize: 1 });
    // Per client: date of birth, notes, two safe-contact fields (one row), two aliases, matter, crime reference,
    // note, a letter's subject and text, and its scan.
    expect(report).toMatchObject({ resealed: 2 * 11, skipped: 0, unreadable: 0 });
    expect(report.columns['people.safe_contact']).toMatchObject({ resealed: 2 });
    expect(report.columns['documents.content']).toMatchObject({ resealed: 2 });
    // Values: date of birth, notes, code word, safe times, two aliases, matter, crime reference, note, subject,
    // text, file.
    expect(Object.fromEntries(await keysInUse(db))).toEqual({ k2: 2 * 12 });

    for (const [file, mark] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      const values = await readBack(underK2, file.personId);
      expect(values).toMatchObject({
        dateOfBirth: '1990-01-02',
        notes: `notes ${mark}`,
        safeContact: { codeWord: `word ${mark}`, safeTimes: `times ${mark}`, notes: null, call: true },
        aliases: [`Alias ${mark}`, `Legal ${mark}`],
        reference: `REF/${mark}`,
        crimeReference: `REF/${mark}`,
        sensitiveNotes: [`secret ${mark}`],
        letters: [{ subject: `Letter for Legal ${mark}`, body: `Your ref REF/${mark}` }],
        files: [scan(mark).toString('latin1')],
      });
      // The blind indexes are those of the new key, so a search under it alone finds them.
      expect(values.referenceIndex).toBe(underK2.blindIndex('reference', `ref ${mark}`));
      expect(values.crimeReferenceIndex).toBe(underK2.blindIndex('reference', `REF/${mark}`));
      expect(values.aliasIndexes).toEqual(
        [underK2.blindIndex('name', `alias ${mark}`), underK2.blindIndex('name', `legal ${mark}`)].sort(),
      );
    }

    const again = await reencryptAll(db, underK2, { mode: 'rotate', batchSize: 3 });
    expect(again).toMatchObject({ resealed: 0, skipped: 0, unreadable: 0 });
  });

  it('leaves a row changed between its read and its write to the change (the editor wins)', async () => {
    const { personId } = await createClientCase(db, { cipher: underK1, notes: 'before' });
    const edited = underK2.seal('people.notes', 'edited meanwhile');
    let meddled = false;
    // Between the batch's read and its write, an "editor" saves the notes (in the same transaction, so this
    // runs on the one connection PGlite has; on PostgreSQL another connection would be seen the same way).
    const meddling = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
        return (run: (tx: Database) => Promise<unknown>) =>
          target.transaction((tx) =>
            run(
              new Proxy(tx, {
                get(t, p, r) {
                  if (p !== 'execute') return Reflect.get(t, p, r);
                  return async (query: Parameters<Database['execute']>[0]) => {
                    const result = await t.execute(query);
                    const rows = result.rows as { key?: string }[];
                    if (!meddled && rows.some((r) => r.key === personId)) {
                      meddled = true;
                      await t.update(people).set({ notes: edited }).where(eq(people.id, personId));
                    }
                    return result;
                  };
                },
              }) as unknown as Database,
            ),
          );
      },
    });
    const report = await reencryptAll(meddling, underK2, { mode: 'rotate' });
    expect(report.columns['people.notes']?.skipped).toBe(1);
    const [row] = await db.select({ notes: people.notes }).from(people).where(eq(people.id, personId));
    expect(underK2.open('people.notes', row!.notes!)).toBe('edited meanwhile');
  });

  it('counts a value it cannot open, leaves it, and goes on', async () => {
    const { personId } = await createClientCase(db, { cipher: underK1 });
    const stranger = new FieldCipher(new Keyring({ current: 'lost', keys: [testMasterKey('lost')] }));
    await db
      .update(people)
      .set({ notes: stranger.seal('people.notes', 'under a lost key') })
      .where(eq(people.id, personId));
    const report = await reencryptAll(db, underK2, { mode: 'rotate' });
    expect(report.unreadable).toBe(1);
    expect((await keysInUse(db)).get('lost')).toBe(1);
    await db.update(people).set({ notes: null }).where(eq(people.id, personId));
  });
});

describe('values stored before encryption (an upgrade)', () => {
  it('are sealed at start, with their blind indexes; non-sensitive notes stay as they are', async () => {
    const file = await createClientCase(db, { cipher: underK2 });
    const { personId, caseId } = file;
    // As an older release wrote them: everything in clear, no blind indexes.
    await db.execute(sql`
      update people set date_of_birth = '1985-06-07', notes = 'old notes',
             safe_contact = '{"call":true,"text":false,"voicemail":false,"post":false,"codeWord":"heron","safeTimes":null,"notes":"old"}'::jsonb
       where id = ${personId}`);
    await db.execute(sql`
      insert into person_aliases (person_id, name, kind) values (${personId}, 'Old Legal-Name', 'legal')`);
    const matterId = await createMatterWithHistory(db, file, {
      kind: 'police_report',
      stages: [{ stage: 'reported', on: '2026-10-01' }],
      recordedById: staffId,
    });
    await db.execute(sql`update matters set reference = 'OLD/1' where id = ${matterId}`);
    await db.execute(
      sql`insert into police_report_details (matter_id, crime_reference) values (${matterId}, 'OLD/1')`,
    );
    await db.execute(sql`
      insert into timeline_events (person_id, case_id, kind, occurred_on, recorded_by_id, note)
      values (${personId}, ${caseId}, 'note', '2026-10-02', ${staffId}, 'plain old note')`);
    const [letter] = (
      await db.execute<{ id: string }>(sql`
        insert into communications (person_id, case_id, direction, channel, counterpart_label, occurred_on,
                                    subject, body, recorded_by_id)
        values (${personId}, ${caseId}, 'outgoing', 'letter', 'Home Office', '2026-10-03', 'Old letter',
                'Old text', ${staffId})
        returning id`)
    ).rows;
    await db.insert(documents).values(fileRow(personId, letter!.id, scan('old')));
    expect((await keysInUse(db)).get('')).toBe(10);

    const report = await sealLegacyValues(db, underK2);
    expect(report).toMatchObject({ resealed: 9, unreadable: 0 });
    expect(report.columns['documents.content']).toMatchObject({ resealed: 1 });
    expect((await keysInUse(db)).get('')).toBeUndefined();
    const values = await readBack(underK2, personId);
    expect(values).toMatchObject({
      dateOfBirth: '1985-06-07',
      notes: 'old notes',
      safeContact: { codeWord: 'heron', notes: 'old', safeTimes: null, call: true },
      aliases: ['Old Legal-Name'],
      reference: 'OLD/1',
      referenceIndex: underK2.blindIndex('reference', 'old 1'),
      crimeReference: 'OLD/1',
      sensitiveNotes: [],
      letters: [{ subject: 'Old letter', body: 'Old text' }],
      files: [scan('old').toString('latin1')],
    });
    expect(values.aliasIndexes).toEqual([underK2.blindIndex('name', 'old legal-name')]);
    const [plain] = await db
      .select({ note: timelineEvents.note })
      .from(timelineEvents)
      .where(eq(timelineEvents.note, 'plain old note'));
    expect(plain?.note).toBe('plain old note');
    // Nothing more to do on the next start.
    expect(await sealLegacyValues(db, underK2)).toMatchObject({ resealed: 0 });
  });

  it('seal nothing twice: a value already sealed under an old key is left to keys:rotate', async () => {
    const { personId } = await createClientCase(db, { cipher: underK1, notes: 'under k1' });
    await sealLegacyValues(db, underK2);
    const [row] = await db.select({ notes: people.notes }).from(people).where(eq(people.id, personId));
    expect(keyIdOf(row!.notes as Ciphertext)).toBe('k1');
  });
});
