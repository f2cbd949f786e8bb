import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface E2eDatabase {
  /** Environment for the server and the command line. */
  env: Record<string, string>;
  drop(): void;
}

function psql(url: URL, sql: string) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const result = spawnSync('psql', [maintenance.toString(), '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr || result.error?.message}`);
}

/**
 * A fresh PostgreSQL database beside the one E2E_POSTGRES_URL names (its name must contain "test"), or
 * null to use the embedded database.
 */
export function createE2eDatabase(): E2eDatabase | null {
  const base = process.env.E2E_POSTGRES_URL;
  if (!base) return null;
  const url = new URL(base);
  const baseName = url.pathname.slice(1);
  if (!baseName.toLowerCase().includes('test'))
    throw new Error(`Refusing database "${baseName}": no "test" in its name.`);
  url.pathname = `/${baseName}_e2e_${randomBytes(4).toString('hex')}`;
  psql(url, `create database "${url.pathname.slice(1)}"`);
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => psql(url, `drop database if exists "${url.pathname.slice(1)}" with (force)`),
  };
}
