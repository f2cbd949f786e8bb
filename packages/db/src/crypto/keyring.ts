import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The keyring: master keys by id, one of them current. Values are sealed under the current key; a value sealed
 * under any key of the ring can still be opened (so a rotation can run while the servers keep working). From
 * each 32-byte master key two keys are derived with HKDF-SHA256: one encrypts, one computes blind indexes.
 * Key material never appears in an error message or a log.
 */

/** Key ids go into every stored value (`enc:v1:<keyId>:…`): short, and without `:`. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const MASTER_KEY_BYTES = 32;
export const KEYRING_FILE_FORMAT = 'umbrella-keyring-v1';
/** How often a server re-reads its keyring file to pick up a rotation (also at once on an unknown key id). */
export const KEYRING_REFRESH_MS = 60_000;

export interface MasterKey {
  id: string;
  key: Buffer;
  /** When the key was made (keyring files record it; prune waits until servers have seen a new key). */
  createdAt?: string;
}

export interface KeyringContents {
  /** The id of the key new values are sealed under. */
  current: string;
  keys: MasterKey[];
}

export interface DerivedKeys {
  encryption: Buffer;
  blindIndex: Buffer;
}

/** A keyring that cannot be read or is not valid. The message names the problem, never a key. */
export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringError';
  }
}

/** Decodes a base64 (or base64url) master key; it must be exactly 32 bytes. */
export function decodeMasterKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === MASTER_KEY_BYTES ? key : null;
}

function checkContents(contents: KeyringContents, where: string): KeyringContents {
  if (contents.keys.length === 0) throw new KeyringError(`${where}: no keys.`);
  const seen = new Set<string>();
  for (const key of contents.keys) {
    if (!KEY_ID_PATTERN.test(key.id)) {
      throw new KeyringError(`${where}: a key id must be 1 to 32 letters, digits, "-" or "_".`);
    }
    if (seen.has(key.id)) throw new KeyringError(`${where}: the key id "${key.id}" appears twice.`);
    seen.add(key.id);
    if (key.key.length !== MASTER_KEY_BYTES) {
      throw new KeyringError(`${where}: the key "${key.id}" is not ${MASTER_KEY_BYTES} bytes of base64.`);
    }
  }
  if (!seen.has(contents.current)) {
    throw new KeyringError(`${where}: the current key "${contents.current}" is not in the keyring.`);
  }
  return contents;
}

/**
 * Parses `ENCRYPTION_KEYS`: "id:base64key,id:base64key,…", the first being current (put a new key first, and
 * keep the old ones after it until `pnpm keys:rotate --prune` says they are no longer used).
 */
export function parseKeyList(spec: string, name = 'ENCRYPTION_KEYS'): KeyringContents {
  const entries = spec
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const keys = entries.map((entry, i) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const key = colon > 0 ? decodeMasterKey(entry.slice(colon + 1)) : null;
    if (!id || !KEY_ID_PATTERN.test(id)) {
      throw new KeyringError(
        `${name}: entry ${i + 1} must be id:base64key, the id 1 to 32 letters, digits, "-" or "_".`,
      );
    }
    if (!key) {
      throw new KeyringError(`${name}: the key "${id}" must be ${MASTER_KEY_BYTES} random bytes in base64.`);
    }
    return { id, key };
  });
  const first = keys[0];
  if (!first) throw new KeyringError(`${name}: no keys.`);
  return checkContents({ current: first.id, keys }, name);
}

/** A new random master key with an id naming its day, e.g. `k20261123-3f9a`. */
export function generateMasterKey(now: Date = new Date(), taken: readonly string[] = []): MasterKey {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  let id: string;
  do id = `k${day}-${randomBytes(2).toString('hex')}`;
  while (taken.includes(id));
  return { id, key: randomBytes(MASTER_KEY_BYTES), createdAt: now.toISOString() };
}

interface KeyringFile {
  format: typeof KEYRING_FILE_FORMAT;
  current: string;
  keys: { id: string; key: string; createdAt?: string }[];
}

export function readKeyringFile(path: string): KeyringContents {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyringError(
      code === 'ENOENT'
        ? `The keyring file ${path} does not exist.`
        : `The keyring file ${path} cannot be read${code ? ` (${code})` : ' (not valid JSON)'}.`,
    );
  }
  const file = parsed as Partial<KeyringFile> | null;
  if (
    !file ||
    file.format !== KEYRING_FILE_FORMAT ||
    typeof file.current !== 'string' ||
    !Array.isArray(file.keys)
  ) {
    throw new KeyringError(`The keyring file ${path} is not an Umbrella keyring (${KEYRING_FILE_FORMAT}).`);
  }
  const keys = file.keys.map((k: Partial<KeyringFile['keys'][number]>) => {
    const id = typeof k.id === 'string' ? k.id : '';
    const key = typeof k.key === 'string' ? decodeMasterKey(k.key) : null;
    if (!key) throw new KeyringError(`The keyring file ${path}: the key "${id}" is not 32 bytes of base64.`);
    return { id, key, ...(typeof k.createdAt === 'string' ? { createdAt: k.createdAt } : {}) };
  });
  return checkContents({ current: file.current, keys }, `The keyring file ${path}`);
}

/** Writes a keyring file readable by its owner only, atomically (a reader sees the old file or the new one). */
export function writeKeyringFile(path: string, contents: KeyringContents): void {
  checkContents(contents, 'The new keyring');
  const file: KeyringFile = {
    format: KEYRING_FILE_FORMAT,
    current: contents.current,
    keys: contents.keys.map((k) => ({
      id: k.id,
      key: k.key.toString('base64'),
      ...(k.createdAt ? { createdAt: k.createdAt } : {}),
    })),
  };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, path);
}

function derive(master: Buffer): DerivedKeys {
  const key = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: key('umbrella/v1/encryption'), blindIndex: key('umbrella/v1/blind-index') };
}

interface Reloader {
  read(): KeyringContents;
  /** A cheap check whether the source may have changed since it was last read. */
  changed(): boolean;
}

/**
 * Master keys by id, derived once. A keyring read from a file re-reads it when asked for an unknown key id
 * (another process rotated the keys) and, at most every `refreshMs`, when the file has changed: running
 * servers pick up a new current key without a restart.
 */
export class Keyring {
  #derived = new Map<string, DerivedKeys>();
  #contents!: KeyringContents;
  #lastCheck = 0;
  #lastForced = 0;
  readonly #reloader: Reloader | undefined;
  readonly #refreshMs: number;
  readonly #clock: () => number;

  constructor(
    contents: KeyringContents,
    options: { reloader?: Reloader; refreshMs?: number; clock?: () => number } = {},
  ) {
    this.#reloader = options.reloader;
    this.#refreshMs = options.refreshMs ?? KEYRING_REFRESH_MS;
    this.#clock = options.clock ?? Date.now;
    this.#lastCheck = this.#clock();
    this.#load(checkContents(contents, 'The keyring'));
  }

  #load(contents: KeyringContents): void {
    const derived = new Map<string, DerivedKeys>();
    for (const key of contents.keys) derived.set(key.id, this.#derived.get(key.id) ?? derive(key.key));
    this.#derived = derived;
    this.#contents = contents;
  }

  /** Re-reads the keyring's source; a source that cannot be read now leaves the keys as they were. */
  reload(): boolean {
    if (!this.#reloader) return false;
    try {
      this.#load(this.#reloader.read());
      return true;
    } catch {
      return false;
    }
  }

  #refreshIfDue(): void {
    if (!this.#reloader) return;
    const now = this.#clock();
    if (now - this.#lastCheck < this.#refreshMs) return;
    this.#lastCheck = now;
    if (this.#reloader.changed()) this.reload();
  }

  /** The id of the key new values are sealed under. */
  get currentId(): string {
    this.#refreshIfDue();
    return this.#contents.current;
  }

  /** Every key id, the current one first. */
  get ids(): string[] {
    this.#refreshIfDue();
    const { current, keys } = this.#contents;
    return [current, ...keys.map((k) => k.id).filter((id) => id !== current)];
  }

  /** The keyring as read (for rewriting a keyring file); holds key material. */
  get contents(): KeyringContents {
    return this.#contents;
  }

  /** The derived keys of one id; an unknown id makes a file keyring re-read its file (at most once a second). */
  keys(id: string): DerivedKeys | undefined {
    const found = this.#derived.get(id);
    if (found || !this.#reloader) return found;
    const now = this.#clock();
    if (now - this.#lastForced < 1000) return undefined;
    this.#lastForced = now;
    this.reload();
    return this.#derived.get(id);
  }

  currentKeys(): { id: string; keys: DerivedKeys } {
    const id = this.currentId;
    const keys = this.#derived.get(id);
    if (!keys) throw new KeyringError('The keyring has no current key.');
    return { id, keys };
  }
}

/** A keyring kept in a file, re-read when it changes. */
export function fileKeyring(
  path: string,
  options: { refreshMs?: number; clock?: () => number } = {},
): Keyring {
  let seen = mtimeOf(path);
  const reloader: Reloader = {
    read: () => {
      const contents = readKeyringFile(path);
      seen = mtimeOf(path);
      return contents;
    },
    changed: () => mtimeOf(path) !== seen,
  };
  return new Keyring(readKeyringFile(path), { ...options, reloader });
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Where the keys come from: ENCRYPTION_KEYS, or a keyring file (generated on first start for the default). */
export type KeyringSource =
  { kind: 'env'; contents: KeyringContents } | { kind: 'file'; path: string; createIfMissing: boolean };

/**
 * Opens the configured keyring. A missing file is generated (a new random key, mode 0600) only when the
 * source allows it: the embedded default's `<DATA_DIR>/keyring.json`, never a file named in the configuration.
 */
export function openKeyring(
  source: KeyringSource,
  options: { now?: Date; refreshMs?: number } = {},
): { keyring: Keyring; created: boolean } {
  if (source.kind === 'env') return { keyring: new Keyring(source.contents), created: false };
  let created = false;
  if (!existsSync(source.path)) {
    if (!source.createIfMissing) {
      throw new KeyringError(
        `The keyring file ${source.path} (ENCRYPTION_KEYRING_FILE) does not exist. Restore it from your backup, ` +
          'or create a new one with `pnpm keys:rotate` if the database holds no encrypted values yet.',
      );
    }
    const key = generateMasterKey(options.now);
    writeKeyringFile(source.path, { current: key.id, keys: [key] });
    created = true;
  }
  return {
    keyring: fileKeyring(source.path, options.refreshMs ? { refreshMs: options.refreshMs } : {}),
    created,
  };
}
