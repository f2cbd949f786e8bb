import { parseArgs } from 'node:util';

export type BenchDatabase = 'postgres' | 'pglite';

export interface BenchOptions {
  database: BenchDatabase;
  /** PostgreSQL only. */
  databaseUrl: string | undefined;
  port: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  /** Scenario ids to run (all when empty). */
  only: string[];
  /** Skip the raw-SQL baseline. */
  skipBaseline: boolean;
  /** Where the markdown is written: relative to where the command was started, or null for the default. */
  out: string | null;
  help: boolean;
}

export const USAGE = `pnpm bench [options]

Builds and starts the server (node dist/main.js) on its own port, signs in as the demo caseworker and supervisor, and
measures each scenario with autocannon at several connection counts, then the same SQL straight to the
database (the raw-SQL baseline). Prints a markdown table and writes it to apps/server/bench/.

The database must hold the demo organisation (pnpm demo, or pnpm demo:large). The run writes to it: an audit
row per request, and communications logged by the "Log a communication" scenario.

Options:
  --embedded, --db pglite   the embedded database (PGlite) in DATA_DIR, lighter: 5 s at 1, 4, 16 connections
  --db postgres             PostgreSQL (the default) at BENCH_DATABASE_URL, else DATABASE_URL
  --quick                   3 s per level (2 s embedded), for a first look
  --duration <seconds>      seconds per level (default 10; embedded 5)
  --connections <list>      connection levels, e.g. 1,16,64 (default 1,16,64; embedded 1,4,16)
  --only <ids>              scenarios to run, comma-separated: {ids}
  --no-baseline             skip the raw-SQL baseline
  --port <port>             the server's port (default 3100)
  --out <file>              the markdown file (default apps/server/bench/results-postgres.md or
                            results-pglite.md)
  --help

Environment: BENCH_DATABASE_URL or DATABASE_URL (PostgreSQL); DATA_DIR (the embedded database, and where
the keyring is kept when ENCRYPTION_KEYS / ENCRYPTION_KEYRING_FILE are not set: use the same as when the demo
was loaded); DATABASE_POOL_SIZE and LOG_LEVEL are passed to the server.`;

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, not "${value}"`);
  return n;
}

export function parseConnections(value: string): number[] {
  const levels = value.split(',').map((v) => positiveInt('--connections', v.trim()));
  if (levels.length === 0) throw new Error('--connections needs at least one level');
  return [...new Set(levels)].sort((a, b) => a - b);
}

/** Reads the command line and the environment; throws a plain message when something is wrong. */
export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      embedded: { type: 'boolean', default: false },
      db: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      port: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.db !== undefined && values.db !== 'postgres' && values.db !== 'pglite') {
    throw new Error(`--db must be postgres or pglite, not "${values.db}"`);
  }
  if (values.embedded && values.db === 'postgres') throw new Error('--embedded and --db postgres contradict');
  const database: BenchDatabase = values.embedded || values.db === 'pglite' ? 'pglite' : 'postgres';
  const embedded = database === 'pglite';
  const databaseUrl = embedded ? undefined : env.BENCH_DATABASE_URL || env.DATABASE_URL || undefined;
  if (!embedded && !databaseUrl && !values.help) {
    throw new Error(
      'No PostgreSQL to benchmark: set BENCH_DATABASE_URL (or DATABASE_URL), or use --embedded for PGlite.',
    );
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('BENCH_DATABASE_URL / DATABASE_URL must start with postgres:// or postgresql://');
  }
  const quickSeconds = embedded ? 2 : 3;
  const durationSeconds = values.duration
    ? positiveInt('--duration', values.duration)
    : values.quick
      ? quickSeconds
      : embedded
        ? 5
        : 10;
  return {
    database,
    databaseUrl,
    port: values.port ? positiveInt('--port', values.port) : 3100,
    durationSeconds,
    warmupSeconds: values.quick ? 1 : 2,
    connections: values.connections
      ? parseConnections(values.connections)
      : embedded
        ? [1, 4, 16]
        : [1, 16, 64],
    only: values.only
      ? values.only
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    skipBaseline: values['no-baseline'],
    out: values.out ?? null,
    help: values.help,
  };
}
