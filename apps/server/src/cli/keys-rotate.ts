import {
  appendAudit,
  generateMasterKey,
  keysInUse,
  KEYRING_REFRESH_MS,
  readKeyringFile,
  reencryptAll,
  writeKeyringFile,
  type DatabaseHandle,
  type FieldCipher,
  type KeyringSource,
} from '@umbrella/db';

/**
 * A server re-reads its keyring file at least this often; a key made more recently may not have reached every
 * running server yet, so the keys before it are not pruned until then (on PostgreSQL, where servers run
 * beside this command; the embedded database is held by this command alone).
 */
export const PRUNE_GRACE_MS = 2 * KEYRING_REFRESH_MS;

export interface RotateOptions {
  /** Re-encrypt under the current key without adding a new one (finish an interrupted rotation). */
  continue: boolean;
  /** Then remove from the keyring file the keys no stored value uses any more. */
  prune: boolean;
  now: Date;
  log: (line: string) => void;
  batchSize?: number;
}

export interface RotateResult {
  currentKey: string;
  resealed: number;
  skipped: number;
  unreadable: number;
  /** Key ids still sealing values, with how many. */
  inUse: Record<string, number>;
  pruned: string[];
}

export function parseRotateArgs(args: readonly string[]): { continue: boolean; prune: boolean } | string {
  const known = new Set(['--prune', '--continue']);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length > 0)
    return `Unknown option ${unknown[0]}. Usage: pnpm keys:rotate [--continue] [--prune]`;
  return { continue: args.includes('--continue'), prune: args.includes('--prune') };
}

/**
 * `pnpm keys:rotate`: with a keyring file, makes a new key and adds it as current (keeping the old ones, so
 * running servers, which re-read the file, keep reading everything), then re-encrypts every value still under
 * another key and recomputes the blind indexes, in small batches; values edited meanwhile are left as their
 * editor wrote them. `--continue` adds no key; `--prune` (which implies it) then removes the keys no value
 * uses. With ENCRYPTION_KEYS the operator adds the new key first in the list and restarts; this re-encrypts
 * and says which keys can be removed. Counts and key ids only: no key and no value is ever printed.
 */
export async function rotateKeys(
  database: DatabaseHandle,
  cipher: FieldCipher,
  source: KeyringSource,
  options: RotateOptions,
): Promise<RotateResult> {
  const { log } = options;
  const before = cipher.keyring.currentId;
  if (source.kind === 'file' && !options.continue && !options.prune) {
    const contents = cipher.keyring.contents;
    const key = generateMasterKey(
      options.now,
      contents.keys.map((k) => k.id),
    );
    writeKeyringFile(source.path, { current: key.id, keys: [key, ...contents.keys] });
    if (!cipher.keyring.reload() || cipher.keyring.currentId !== key.id) {
      throw new Error(`The new key was written to ${source.path} but could not be read back.`);
    }
    log(`New key ${key.id} added to ${source.path} as the current key (${before} and older kept).`);
  } else if (source.kind === 'env' && !options.continue && !options.prune) {
    log(
      `Keys from ENCRYPTION_KEYS: the current key is ${before} (the first listed). To rotate, put a new key ` +
        'first in ENCRYPTION_KEYS, restart the servers, then run this again.',
    );
  }
  const currentKey = cipher.keyring.currentId;
  const report = await reencryptAll(database.db, cipher, {
    mode: 'rotate',
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
  log(
    `Re-encrypted ${report.resealed} values under ${currentKey}` +
      (report.skipped ? `; ${report.skipped} changed meanwhile (already re-encrypted by their editor)` : '') +
      '.',
  );
  if (report.unreadable) {
    log(
      `${report.unreadable} values could not be read (their key is missing from the keyring, or they were ` +
        'altered): they were left as they are, and their keys are not pruned.',
    );
  }
  const inUse = Object.fromEntries(await keysInUse(database.db));
  const pruned: string[] = [];
  if (options.prune) {
    if (source.kind === 'env') {
      const unused = cipher.keyring.ids.filter((id) => id !== currentKey && !inUse[id]);
      log(
        unused.length
          ? `No value uses ${unused.join(', ')} any more: remove ${unused.length === 1 ? 'it' : 'them'} from ENCRYPTION_KEYS.`
          : 'Every key in ENCRYPTION_KEYS is still in use (or is the current one).',
      );
    } else {
      pruned.push(...pruneKeyringFile(source.path, currentKey, inUse, database.kind, options, log));
    }
  }
  const stillUsed = Object.entries(inUse)
    .filter(([id]) => id !== '')
    .map(([id, n]) => `${id} (${n})`)
    .join(', ');
  log(`Keys in use: ${stillUsed || 'none (no encrypted values yet)'}.`);
  await database.db.transaction((tx) =>
    appendAudit(tx, {
      actorUserId: null,
      action: 'encryption.rotate',
      outcome: 'success',
      details: {
        previousKey: before,
        currentKey,
        resealed: report.resealed,
        skipped: report.skipped,
        unreadable: report.unreadable,
        pruned,
      },
    }),
  );
  return {
    currentKey,
    resealed: report.resealed,
    skipped: report.skipped,
    unreadable: report.unreadable,
    inUse,
    pruned,
  };
}

function pruneKeyringFile(
  path: string,
  currentKey: string,
  inUse: Record<string, number>,
  databaseKind: DatabaseHandle['kind'],
  options: RotateOptions,
  log: (line: string) => void,
): string[] {
  const contents = readKeyringFile(path);
  if (contents.current !== currentKey) {
    log(`The keyring file changed while this ran (current key ${contents.current}): nothing pruned.`);
    return [];
  }
  const current = contents.keys.find((k) => k.id === currentKey);
  const madeAt = current?.createdAt ? Date.parse(current.createdAt) : NaN;
  const waitUntil = madeAt + PRUNE_GRACE_MS;
  if (databaseKind === 'postgres' && !(options.now.getTime() >= waitUntil)) {
    log(
      `The current key ${currentKey} is new: running servers may not all have read it yet. Nothing pruned; run ` +
        `\`pnpm keys:rotate --prune\` again after ${Number.isNaN(waitUntil) ? 'a few minutes' : new Date(waitUntil).toISOString()}.`,
    );
    return [];
  }
  const unused = contents.keys.filter((k) => k.id !== currentKey && !inUse[k.id]).map((k) => k.id);
  if (unused.length === 0) {
    log('No key to prune: every key in the file is the current one or still in use.');
    return [];
  }
  writeKeyringFile(path, { current: currentKey, keys: contents.keys.filter((k) => !unused.includes(k.id)) });
  log(
    `Pruned ${unused.join(', ')} from ${path}: no value uses ${unused.length === 1 ? 'it' : 'them'} any more.`,
  );
  return unused;
}
