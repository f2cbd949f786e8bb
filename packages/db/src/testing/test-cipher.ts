import { createHash } from 'node:crypto';
import { FieldCipher } from '../crypto/cipher.ts';
import { Keyring, type KeyringContents, type MasterKey } from '../crypto/keyring.ts';

/** A fixed key for tests (never for real data): the same bytes on every run, derived from its name. */
export function testMasterKey(id = 'test-key-1'): MasterKey {
  return { id, key: createHash('sha256').update(`umbrella test key ${id}`).digest() };
}

/** The tests' keyring: one fixed key. */
export const TEST_KEYRING: KeyringContents = { current: 'test-key-1', keys: [testMasterKey('test-key-1')] };

let shared: FieldCipher | undefined;

/** The cipher tests seal and open values with (the API test harness and the factories use it). */
export function testCipher(): FieldCipher {
  return (shared ??= new FieldCipher(new Keyring(TEST_KEYRING)));
}
