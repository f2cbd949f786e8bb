import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './pglite-lock.ts';

describe('acquireDataDirLock', () => {
  it('refuses a directory held by a live process and frees it on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'umbrella-lock-'));
    writeFileSync(join(dir, 'umbrella.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a lock left by a dead process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'umbrella-lock-'));
    writeFileSync(join(dir, 'umbrella.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).not.toThrow(DataDirLockedError);
    release();
  });
});
