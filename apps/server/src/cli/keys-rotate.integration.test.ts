import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaller, createContext, defaultAuthConfig, type SessionCookieJar } from '@umbrella/api';
import {
  auditLog,
  FieldCipher,
  fileKeyring,
  keysInUse,
  readKeyringFile,
  writeKeyringFile,
  type KeyringSource,
} from '@umbrella/db';
import {
  createAgency,
  createTestDatabase,
  createUser,
  TEST_PASSWORD,
  testMasterKey,
  type TestDatabaseHandle,
} from '@umbrella/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRUNE_GRACE_MS, parseRotateArgs, rotateKeys, type RotateOptions } from './keys-rotate.ts';

// `pnpm keys:rotate` against a "running server": an API whose cipher reads the same keyring file, made before
// the rotation and never told about it. It must keep reading and finding everything throughout.
const k1 = { ...testMasterKey('k1'), createdAt: '2026-01-01T00:00:00.000Z' };
const NOW = new Date('2026-11-23T10:00:00Z');

let database: TestDatabaseHandle;
let dir: string;
let path: string;
let source: KeyringSource;
let server: FieldCipher;
let personId = '';
const lines: string[] = [];

class Jar implements SessionCookieJar {
  token: string | undefined;
  read = () => this.token;
  write = (token: string) => {
    this.token = token;
  };
  clear = () => {
    this.token = undefined;
  };
}
const jar = new Jar();
let requests = 0;
const call = async () =>
  createCaller(
    await createContext(
      { db: database.db, config: defaultAuthConfig, cipher: server, now: () => NOW },
      { meta: { requestId: `rotate-${++requests}`, ip: '203.0.113.9' }, cookies: jar },
    ),
  );

const options = (over: Partial<RotateOptions> = {}): RotateOptions => ({
  continue: false,
  prune: false,
  now: NOW,
  log: (line) => lines.push(line),
  batchSize: 2,
  ...over,
});
/** What keys:rotate would open: its own cipher over the same file. */
const cli = () => new FieldCipher(fileKeyring(path));

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'umbrella-rotate-'));
  path = join(dir, 'keyring.json');
  source = { kind: 'file', path, createIfMissing: false };
  writeKeyringFile(path, { current: 'k1', keys: [k1] });
  server = new FieldCipher(fileKeyring(path));

  const user = await createUser(database.db, { email: 'cw@rotate.test' });
  await (await call()).auth.signIn({ email: user.email, password: TEST_PASSWORD });
  const agency = await createAgency(database.db, { name: 'Home Office', category: 'home_office_asylum' });
  const c = await call();
  const created = await c.clients.create({
    displayName: 'Rota',
    dateOfBirth: '1993-02-11',
    dateOfBirthPrecision: 'exact',
    notes: 'Notes under the first key.',
    safeContact: {
      call: true,
      text: true,
      voicemail: false,
      post: false,
      codeWord: 'otter',
      safeTimes: null,
      notes: null,
    },
    aliases: [{ name: 'Rotana Idris', kind: 'legal', knownToAgencyIds: [agency.id] }],
  });
  personId = created.id;
  const { case: file } = await c.clients.get({ id: personId });
  await c.matters.open({
    caseId: file.id,
    kind: 'asylum_claim',
    stage: 'claimed',
    openedOn: '2026-10-01',
    details: { homeOfficeReference: 'R1234567', appealNumber: 'PA/00001/2026' },
  });
  await c.matters.open({
    caseId: file.id,
    kind: 'police_report',
    stage: 'reported',
    openedOn: '2026-10-02',
    details: { crimeReference: '01/555555/26' },
  });
  await c.clients.addNote({ personId, occurredOn: '2026-11-20', note: 'A sensitive note.', sensitive: true });
}, 120_000);
afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function everythingReadable() {
  const c = await call();
  const profile = await c.clients.get({ id: personId });
  expect(profile).toMatchObject({
    dateOfBirth: '1993-02-11',
    notes: 'Notes under the first key.',
    safeContact: { codeWord: 'otter' },
    aliases: [{ name: 'Rotana Idris' }],
  });
  expect(profile.matters.map((m) => m.reference)).toEqual(['R1234567', '01/555555/26']);
  const timeline = await c.clients.timeline({ personId });
  expect(timeline.items.find((e) => e.sensitive)?.note).toBe('A sensitive note.');
  for (const search of ['r1234567', '01 555555 26', 'PA-00001-2026', 'rotana idris']) {
    const { items } = await c.clients.list({ search, limit: 5 });
    expect(
      items.map((i) => i.id),
      search,
    ).toEqual([personId]);
  }
}

describe('pnpm keys:rotate', () => {
  it('starts with every value under the first key', async () => {
    // Date of birth, notes, code word, legal name, two matter references, three detail references, the note.
    expect(Object.fromEntries(await keysInUse(database.db))).toEqual({ k1: 10 });
    await everythingReadable();
  });

  it('adds a new current key and re-encrypts every value under it, while the server keeps working', async () => {
    const result = await rotateKeys(database, cli(), source, options());
    const file = readKeyringFile(path);
    expect(result.currentKey).not.toBe('k1');
    expect(file.current).toBe(result.currentKey);
    expect(file.keys.map((k) => k.id)).toEqual([result.currentKey, 'k1']);
    expect(result).toMatchObject({
      resealed: 10,
      skipped: 0,
      unreadable: 0,
      inUse: { [result.currentKey]: 10 },
    });
    // None left under k1.
    expect((await keysInUse(database.db)).get('k1')).toBeUndefined();
    // The server, which never restarted, reads the new key from the file when it meets it.
    await everythingReadable();
    expect(server.keyring.currentId).toBe(result.currentKey);
    // Counts and key ids only: no key and no value is ever printed.
    const printed = lines.join('\n');
    for (const secret of [
      k1.key.toString('base64'),
      file.keys[0]!.key.toString('base64'),
      'Rotana',
      'R1234567',
    ]) {
      expect(printed).not.toContain(secret);
    }
  });

  it('is idempotent: run again with --continue, it finds nothing left to do', async () => {
    const again = await rotateKeys(database, cli(), source, options({ continue: true }));
    expect(again).toMatchObject({ resealed: 0, unreadable: 0 });
    expect(readKeyringFile(path).keys).toHaveLength(2);
  });

  it('--prune removes the keys no value uses, once running servers have had time to read the new one', async () => {
    const current = readKeyringFile(path).keys[0]!;
    const madeAt = Date.parse(current.createdAt ?? '');
    if (database.kind === 'postgres') {
      // On PostgreSQL servers run beside the command: a key younger than their refresh interval is kept.
      const early = await rotateKeys(
        database,
        cli(),
        source,
        options({ prune: true, now: new Date(madeAt + 1000) }),
      );
      expect(early.pruned).toEqual([]);
      expect(readKeyringFile(path).keys).toHaveLength(2);
    }
    const pruned = await rotateKeys(
      database,
      cli(),
      source,
      options({ prune: true, now: new Date(madeAt + PRUNE_GRACE_MS + 1000) }),
    );
    expect(pruned.pruned).toEqual(['k1']);
    expect(readKeyringFile(path)).toMatchObject({ current: current.id, keys: [{ id: current.id }] });
    await everythingReadable();
  });

  it('leaves an audit row of each run, with counts and key ids only', async () => {
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'encryption.rotate'));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]?.details).toMatchObject({ previousKey: 'k1', resealed: 10, skipped: 0, unreadable: 0 });
    expect(rows.at(-1)?.details).toMatchObject({ pruned: ['k1'] });
  });

  it('takes only --continue and --prune', () => {
    expect(parseRotateArgs([])).toEqual({ continue: false, prune: false });
    expect(parseRotateArgs(['--prune'])).toEqual({ continue: false, prune: true });
    expect(parseRotateArgs(['--force'])).toMatch(/Unknown option --force/);
  });
});
