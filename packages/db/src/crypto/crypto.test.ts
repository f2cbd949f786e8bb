import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testMasterKey } from '../testing/test-cipher.ts';
import { bytesKeyId, DecryptionError, FieldCipher } from './cipher.ts';
import { isSealed, keyIdOf, type Ciphertext } from './ciphertext.ts';
import {
  decodeMasterKey,
  fileKeyring,
  generateMasterKey,
  Keyring,
  KeyringError,
  openKeyring,
  parseKeyList,
  readKeyringFile,
  writeKeyringFile,
} from './keyring.ts';
import { normaliseName, normaliseReference } from './normalise.ts';

const k1 = testMasterKey('k1');
const k2 = testMasterKey('k2');
const ringOf = (...keys: (typeof k1)[]) => new Keyring({ current: keys[0]!.id, keys });
const cipherOf = (...keys: (typeof k1)[]) => new FieldCipher(ringOf(...keys));
const text = (c: Ciphertext) => c as unknown as string;
const sealed = (s: string) => s as unknown as Ciphertext;

/** Flips one bit of the sealed payload (base64url decoded, changed, encoded again). */
function tampered(value: Ciphertext, at: number): Ciphertext {
  const [prefix, version, keyId, payload = ''] = text(value).split(':');
  const bytes = Buffer.from(payload, 'base64url');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return sealed(`${prefix}:${version}:${keyId}:${bytes.toString('base64url')}`);
}

describe('sealing a value', () => {
  const cipher = cipherOf(k1);

  it('opens again to the same text, in the stored format enc:v1:<keyId>:<payload>', () => {
    for (const value of ['01/204518/25', 'Amina Yusuf', '', 'Łódź — 東京 👋', 'x'.repeat(10_000)]) {
      const stored = cipher.seal('people.notes', value);
      expect(text(stored)).toMatch(/^enc:v1:k1:[A-Za-z0-9_-]+$/);
      expect(text(stored)).not.toContain(value || '\u0000');
      expect(isSealed(stored)).toBe(true);
      expect(keyIdOf(stored)).toBe('k1');
      expect(cipher.open('people.notes', stored)).toBe(value);
    }
  });

  it('uses a fresh nonce each time: the same text never seals to the same value', () => {
    const values = new Set(Array.from({ length: 50 }, () => text(cipher.seal('people.notes', 'same'))));
    expect(values.size).toBe(50);
    const nonces = new Set(
      [...values].map((v) => Buffer.from(v.split(':')[3]!, 'base64url').subarray(0, 12).toString('hex')),
    );
    expect(nonces.size).toBe(50);
  });

  it('keeps null as null', () => {
    expect(cipher.sealOrNull('people.notes', null)).toBeNull();
    expect(cipher.sealOrNull('people.notes', undefined)).toBeNull();
    expect(cipher.openOrNull('people.notes', null)).toBeNull();
  });

  it('refuses a value altered anywhere: nonce, ciphertext or tag', () => {
    const stored = cipher.seal('people.notes', 'The client’s address is 1 Acacia Avenue');
    const length = Buffer.from(text(stored).split(':')[3]!, 'base64url').length;
    for (const at of [0, 11, 12, 20, length - 16, length - 1]) {
      expect(() => cipher.open('people.notes', tampered(stored, at))).toThrow(DecryptionError);
    }
    const truncated = sealed(text(stored).slice(0, 30));
    expect(() => cipher.open('people.notes', truncated)).toThrow(/was refused/);
  });

  it('refuses a value moved to another column (the column is the authenticated data)', () => {
    const legalName = cipher.seal('person_aliases.name', 'Amina Yusuf');
    expect(() => cipher.open('people.notes', legalName)).toThrow(
      expect.objectContaining({ reason: 'refused', field: 'people.notes' }),
    );
    const codeWord = cipher.seal('people.safe_contact.codeWord', 'marmalade');
    expect(() => cipher.open('people.safe_contact.notes', codeWord)).toThrow(DecryptionError);
  });

  it('refuses a value under a key the ring does not hold, and a value that is not sealed', () => {
    const other = cipherOf(k2).seal('people.notes', 'hello');
    expect(() => cipher.open('people.notes', other)).toThrow(
      expect.objectContaining({ reason: 'unknown_key', message: expect.stringContaining('"k2"') }),
    );
    expect(() => cipher.open('people.notes', sealed('1990-01-01'))).toThrow(
      expect.objectContaining({ reason: 'not_sealed' }),
    );
  });

  it('never puts the value in an error message', () => {
    const secret = 'Amina Yusuf';
    const stored = cipher.seal('person_aliases.name', secret);
    try {
      cipher.open('people.notes', stored);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain(text(stored));
    }
  });

  it('opens values of every key in the ring, and seals under the current one', () => {
    const old = cipherOf(k1).seal('matters.reference', 'HO-123');
    const both = cipherOf(k2, k1);
    expect(both.open('matters.reference', old)).toBe('HO-123');
    expect(keyIdOf(both.seal('matters.reference', 'HO-123'))).toBe('k2');
  });
});

describe('sealing a file', () => {
  const cipher = cipherOf(k1);
  const file = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.from('Irina Popescu, HO/1234567'),
    Buffer.alloc(64, 7),
  ]);

  it('opens again to the same bytes; the stored bytes name the key and hold nothing in clear', () => {
    const stored = cipher.sealBytes('documents.content', file);
    expect(bytesKeyId(stored)).toBe('k1');
    expect(stored.toString('latin1')).not.toContain('Popescu');
    expect(cipher.openBytes('documents.content', stored).equals(file)).toBe(true);
    // A fresh nonce each time: the same file seals differently.
    expect(cipher.sealBytes('documents.content', file).equals(stored)).toBe(false);
    expect(
      cipher.openBytes('documents.content', cipher.sealBytes('documents.content', new Uint8Array())),
    ).toHaveLength(0);
  });

  it('refuses bytes altered, not sealed, or sealed under a key the ring no longer has', () => {
    const stored = cipher.sealBytes('documents.content', file);
    const altered = Buffer.from(stored);
    altered[altered.length - 20] = (altered[altered.length - 20] ?? 0) ^ 0x01;
    expect(() => cipher.openBytes('documents.content', altered)).toThrow(DecryptionError);
    expect(() => cipher.openBytes('documents.content', file)).toThrow(/not encrypted/);
    expect(bytesKeyId(file)).toBeNull();
    expect(() => cipherOf(k2).openBytes('documents.content', stored)).toThrow(
      /"k1", which is not in the keyring/,
    );
    // A rotated ring still opens it.
    expect(cipherOf(k2, k1).openBytes('documents.content', stored).equals(file)).toBe(true);
  });
});

describe('blind indexes', () => {
  const cipher = cipherOf(k1);

  it('normalise references: upper case, no spaces, hyphens, slashes or dots', () => {
    expect(normaliseReference(' 01/204518/25 ')).toBe('0120451825');
    expect(normaliseReference('hom-123.456 a')).toBe('HOM123456A');
    expect(normaliseReference('ＨＯ–１２３')).toBe('HO123'); // full-width letters, en dash
  });

  it('normalise names: NFKC, lower case, one space between words', () => {
    expect(normaliseName('  Amina    YUSUF ')).toBe('amina yusuf');
    expect(normaliseName('Ａmina\tYusuf')).toBe('amina yusuf');
    expect(normaliseName('Ame\u0301lie')).toBe(normaliseName('Amélie'));
  });

  it('match a reference however it is typed, and only that reference', () => {
    const stored = cipher.blindIndex('reference', '01/204518/25');
    expect(stored).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const typed of ['01/204518/25', '01 204518 25', '01-204518-25', '0120451825', ' 01.204518.25 ']) {
      expect(cipher.searchIndexes('reference', typed)).toContain(stored);
    }
    for (const other of ['01/204518/26', '01/20451/825x', '1/204518/25']) {
      expect(cipher.searchIndexes('reference', other)).not.toContain(stored);
    }
  });

  it('match a legal name exactly after normalising, never a typo', () => {
    const stored = cipher.blindIndex('name', 'Amina Yusuf');
    expect(cipher.searchIndexes('name', 'amina  yusuf')).toContain(stored);
    expect(cipher.searchIndexes('name', 'AMINA YUSUF')).toContain(stored);
    expect(cipher.searchIndexes('name', 'Amina Yusef')).not.toContain(stored);
    expect(cipher.searchIndexes('name', 'Amina')).not.toContain(stored);
  });

  it('differ by kind and by key, and say nothing for empty values', () => {
    expect(cipher.blindIndex('reference', 'abc')).not.toBe(cipher.blindIndex('name', 'abc'));
    expect(cipherOf(k2).blindIndex('name', 'abc')).not.toBe(cipher.blindIndex('name', 'abc'));
    expect(cipher.blindIndex('reference', ' - / ')).toBeNull();
    expect(cipher.blindIndex('name', null)).toBeNull();
    expect(cipher.searchIndexes('reference', '--')).toEqual([]);
  });

  it('are searched under every key of the ring while a rotation runs', () => {
    const before = cipherOf(k1).blindIndex('reference', 'HO-1');
    const after = cipherOf(k2).blindIndex('reference', 'HO-1');
    expect(cipherOf(k2, k1).searchIndexes('reference', 'ho 1')).toEqual([after, before]);
  });
});

describe('the keyring from configuration', () => {
  const b64 = (k: typeof k1) => k.key.toString('base64');

  it('takes id:base64key pairs, the first being current', () => {
    const ring = parseKeyList(`k2:${b64(k2)}, k1:${b64(k1)}`);
    expect(ring.current).toBe('k2');
    expect(ring.keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(parseKeyList(`k1:${k1.key.toString('base64url')}`).keys[0]!.key.equals(k1.key)).toBe(true);
  });

  it.each([
    ['', /no keys/],
    ['k1', /entry 1 must be id:base64key/],
    [`bad:id:${'A'.repeat(44)}`, /must be 32 random bytes/],
    ['k1:c2hvcnQ=', /"k1" must be 32 random bytes/],
    [`k:1:x`, /must be 32 random bytes/],
    [
      `k1:${Buffer.alloc(32, 1).toString('base64')},k1:${Buffer.alloc(32, 2).toString('base64')}`,
      /appears twice/,
    ],
  ])('refuses %j', (spec, message) => {
    expect(() => parseKeyList(spec)).toThrow(message);
  });

  it('never repeats a key in its complaint', () => {
    const almost = Buffer.alloc(31, 9).toString('base64');
    expect(() => parseKeyList(`k1:${almost}`)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(almost) }),
    );
  });

  it('decodes only 32-byte keys', () => {
    expect(decodeMasterKey(Buffer.alloc(32).toString('base64'))).toHaveLength(32);
    expect(decodeMasterKey(Buffer.alloc(16).toString('base64'))).toBeNull();
    expect(decodeMasterKey('not base64!')).toBeNull();
  });
});

describe('a keyring file', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'umbrella-keyring-')));

  it('is written readable by its owner only, and read back', () => {
    const path = join(fresh(), 'keys', 'keyring.json');
    const key = generateMasterKey(new Date('2026-11-23T10:00:00Z'));
    expect(key.id).toMatch(/^k20261123-[0-9a-f]{4}$/);
    writeKeyringFile(path, { current: key.id, keys: [key, k1] });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const read = readKeyringFile(path);
    expect(read.current).toBe(key.id);
    expect(read.keys.map((k) => k.id)).toEqual([key.id, 'k1']);
    expect(read.keys[0]!.key.equals(key.key)).toBe(true);
  });

  it('is generated on first start for the embedded default, and then kept', () => {
    const path = join(fresh(), 'keyring.json');
    const first = openKeyring({ kind: 'file', path, createIfMissing: true });
    expect(first.created).toBe(true);
    const sealedOnce = new FieldCipher(first.keyring).seal('people.notes', 'kept');
    const again = openKeyring({ kind: 'file', path, createIfMissing: true });
    expect(again.created).toBe(false);
    expect(new FieldCipher(again.keyring).open('people.notes', sealedOnce)).toBe('kept');
  });

  it('is never generated when named in the configuration', () => {
    const path = join(fresh(), 'missing.json');
    expect(() => openKeyring({ kind: 'file', path, createIfMissing: false })).toThrow(KeyringError);
    expect(() => openKeyring({ kind: 'file', path, createIfMissing: false })).toThrow(/does not exist/);
  });

  it('refuses a file that is not a keyring, without quoting it', () => {
    const path = join(fresh(), 'keyring.json');
    writeFileSync(path, '{"keys": "secret-looking"}');
    expect(() => readKeyringFile(path)).toThrow(/is not an Umbrella keyring/);
    expect(() => readKeyringFile(path)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-looking') }),
    );
  });

  it('is re-read when a value names a key it does not hold (another process rotated)', () => {
    const path = join(fresh(), 'keyring.json');
    writeKeyringFile(path, { current: 'k1', keys: [k1] });
    const server = new FieldCipher(fileKeyring(path));
    writeKeyringFile(path, { current: 'k2', keys: [k2, k1] });
    const rotated = new FieldCipher(fileKeyring(path)).seal('people.notes', 'new');
    expect(server.open('people.notes', rotated)).toBe('new');
    expect(keyIdOf(server.seal('people.notes', 'x'))).toBe('k2');
  });

  it('is re-read every refresh interval when it has changed, so new values go under the new key', () => {
    const path = join(fresh(), 'keyring.json');
    writeKeyringFile(path, { current: 'k1', keys: [k1] });
    let now = 0;
    const ring = fileKeyring(path, { refreshMs: 60_000, clock: () => now });
    writeKeyringFile(path, { current: 'k2', keys: [k2, k1] });
    // Make sure the file's modification time differs even on a coarse file system.
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    expect(ring.currentId).toBe('k1');
    now = 59_000;
    expect(ring.currentId).toBe('k1');
    now = 61_000;
    expect(ring.currentId).toBe('k2');
    expect(ring.ids).toEqual(['k2', 'k1']);
  });

  it('keeps its keys when the file cannot be read for a moment', () => {
    const path = join(fresh(), 'keyring.json');
    writeKeyringFile(path, { current: 'k1', keys: [k1] });
    const ring = fileKeyring(path);
    rmSync(path);
    expect(ring.reload()).toBe(false);
    expect(ring.currentId).toBe('k1');
  });
});
