import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { SEALED_PREFIX, type Ciphertext } from './ciphertext.ts';
import type { EncryptedField } from './columns.ts';
import { KEY_ID_PATTERN, type Keyring } from './keyring.ts';
import { NORMALISE, type BlindIndexKind } from './normalise.ts';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SEALED_PATTERN = new RegExp(
  `^${SEALED_PREFIX}(${KEY_ID_PATTERN.source.slice(1, -1)}):([A-Za-z0-9_-]+)$`,
);

/** A stored value that cannot be opened. Names the column and the reason, never the value. */
export class DecryptionError extends Error {
  constructor(
    readonly field: string,
    readonly reason: 'not_sealed' | 'unknown_key' | 'refused',
    keyId?: string,
  ) {
    super(
      reason === 'not_sealed'
        ? `A value of ${field} is not encrypted (it was written without the application's encryption).`
        : reason === 'unknown_key'
          ? `A value of ${field} was encrypted under the key "${keyId}", which is not in the keyring.`
          : `A value of ${field} was refused: it was altered, or encrypted for another column.`,
    );
    this.name = 'DecryptionError';
  }
}

/**
 * Encrypts and decrypts column values (AES-256-GCM, a fresh random 96-bit nonce per value, the column's name
 * as additional authenticated data), and computes blind indexes (HMAC-SHA256 of the normalised value) so that
 * sealed references and names can still be found by exact match.
 */
export class FieldCipher {
  constructor(readonly keyring: Keyring) {}

  /** Seals a value under the current key. */
  seal(field: EncryptedField, plaintext: string): Ciphertext {
    const { id, keys } = this.keyring.currentKeys();
    const payload = sealPayload(keys.encryption, field, Buffer.from(plaintext, 'utf8')).toString('base64url');
    return `${SEALED_PREFIX}${id}:${payload}` as unknown as Ciphertext;
  }

  sealOrNull(field: EncryptedField, plaintext: string | null | undefined): Ciphertext | null {
    return plaintext === null || plaintext === undefined ? null : this.seal(field, plaintext);
  }

  /** Opens a sealed value; throws DecryptionError if it was altered, moved from another column or its key is gone. */
  open(field: EncryptedField, stored: Ciphertext): string {
    const match = SEALED_PATTERN.exec(stored as unknown as string);
    if (!match) throw new DecryptionError(field, 'not_sealed');
    const [, keyId = '', payload = ''] = match;
    return this.openPayload(field, keyId, Buffer.from(payload, 'base64url')).toString('utf8');
  }

  openOrNull(field: EncryptedField, stored: Ciphertext | null): string | null {
    return stored === null ? null : this.open(field, stored);
  }

  /**
   * Seals bytes (an uploaded file) under the current key: the same scheme, stored as the ASCII prefix
   * `enc:v1:<keyId>:` followed by the raw nonce, ciphertext and tag.
   */
  sealBytes(field: SealedFileField, plain: Uint8Array): Buffer {
    const { id, keys } = this.keyring.currentKeys();
    return Buffer.concat([
      Buffer.from(`${SEALED_PREFIX}${id}:`, 'ascii'),
      sealPayload(keys.encryption, field, plain),
    ]);
  }

  /** Opens sealed bytes; throws DecryptionError like `open` (bytes without the prefix are `not_sealed`). */
  openBytes(field: SealedFileField, stored: Uint8Array): Buffer {
    const keyId = bytesKeyId(stored);
    if (keyId === null) throw new DecryptionError(field, 'not_sealed');
    const payload = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).subarray(
      SEALED_PREFIX.length + keyId.length + 1,
    );
    return this.openPayload(field, keyId, payload);
  }

  /** nonce | ciphertext | tag, under the named key, bound to `field`. */
  private openPayload(field: string, keyId: string, payload: Buffer): Buffer {
    const keys = this.keyring.keys(keyId);
    if (!keys) throw new DecryptionError(field, 'unknown_key', keyId);
    if (payload.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError(field, 'refused');
    try {
      const decipher = createDecipheriv('aes-256-gcm', keys.encryption, payload.subarray(0, NONCE_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(field, 'utf8'));
      decipher.setAuthTag(payload.subarray(payload.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(payload.subarray(NONCE_BYTES, payload.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new DecryptionError(field, 'refused');
    }
  }

  /**
   * The blind index of a value under the current key, to store beside it; null for null, or for a value that
   * normalises to nothing. Two values get the same index exactly when they normalise to the same text.
   */
  blindIndex(kind: BlindIndexKind, value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const normalised = NORMALISE[kind](value);
    if (normalised === '') return null;
    return indexUnder(this.keyring.currentKeys().keys.blindIndex, kind, normalised);
  }

  /**
   * The blind indexes to search for: the value's index under every key of the ring, so that rows not yet
   * re-indexed by a rotation are found too. Empty when the value normalises to nothing.
   */
  searchIndexes(kind: BlindIndexKind, value: string): string[] {
    const normalised = NORMALISE[kind](value);
    if (normalised === '') return [];
    return this.keyring.ids.flatMap((id) => {
      const keys = this.keyring.keys(id);
      return keys ? [indexUnder(keys.blindIndex, kind, normalised)] : [];
    });
  }
}

/** AES-256-GCM under `key` with a fresh random nonce, bound to `field`: nonce | ciphertext | tag. */
function sealPayload(key: Buffer, field: string, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(field, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The column of sealed bytes (uploaded files). */
export type SealedFileField = 'documents.content';

/** The key id sealed bytes name in their prefix; null for bytes that are not sealed. */
export function bytesKeyId(stored: Uint8Array): string | null {
  const head = Buffer.from(stored.buffer, stored.byteOffset, Math.min(stored.byteLength, 48)).toString(
    'latin1',
  );
  if (!head.startsWith(SEALED_PREFIX)) return null;
  const end = head.indexOf(':', SEALED_PREFIX.length);
  const keyId = end > SEALED_PREFIX.length ? head.slice(SEALED_PREFIX.length, end) : '';
  return KEY_ID_PATTERN.test(keyId) ? keyId : null;
}

function indexUnder(key: Buffer, kind: BlindIndexKind, normalised: string): string {
  return createHmac('sha256', key).update(`${kind}:${normalised}`, 'utf8').digest('base64url');
}
