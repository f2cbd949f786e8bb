import { performance } from 'node:perf_hooks';
import { createCaller, createContext, type AuthConfig } from '@umbrella/api';
import { drizzleOptions, type Database, type FieldCipher, type openEmbedded } from '@umbrella/db';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Measurement } from './measurements.ts';
import { summariseLatencies } from './percentiles.ts';
import type { ProcedureCall } from './trpc-http.ts';

export type PgliteClient = Awaited<ReturnType<typeof openEmbedded>>['client'];

export interface Statement {
  text: string;
  params: unknown[];
}

/** One baseline request: the statements of each call of a variant, each call its own transaction. */
export type BaselineRequest = Statement[][];

/**
 * The statements that read the data. Left out: transaction control (the replay opens its own), the audit row
 * every read appends (its chain lock, the read of the last hash, the insert), and any other write.
 */
export function isDataRead(statement: Statement): boolean {
  const text = statement.text.trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)\b/.test(text)) return false;
  if (/^(insert|update|delete)\b/.test(text)) return false;
  if (text.includes('pg_advisory_xact_lock') || text.includes('"audit_log"')) return false;
  return true;
}

/** Recording statements only while a procedure is called (not while the session is looked up). */
class Recorder implements Logger {
  statements: Statement[] | null = null;
  logQuery(query: string, params: unknown[]): void {
    this.statements?.push({ text: query, params: [...params] });
  }
}

export type CaptureTarget = { kind: 'postgres'; pool: pg.Pool } | { kind: 'pglite'; client: PgliteClient };

export interface CaptureDeps {
  target: CaptureTarget;
  auth: AuthConfig;
  cipher: FieldCipher;
}

type Procedure = (input: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Procedure {
  const found = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof found !== 'function') throw new Error(`no procedure ${path}`);
  return found as Procedure;
}

export interface Captured {
  request: BaselineRequest;
  /** Every statement the procedures ran (transaction control and the audit row included; not the session lookup). */
  allStatements: number;
}

/**
 * The SQL a variant runs, captured by calling its procedures in-process through the real router and services
 * (drizzle's query logger) with the session of `sessionToken`: exactly what the endpoint runs, parameters and
 * all. Each call's data reads (see isDataRead) become one transaction of the baseline request.
 */
export async function captureStatements(
  deps: CaptureDeps,
  sessionToken: string,
  calls: readonly ProcedureCall[],
): Promise<Captured> {
  const recorder = new Recorder();
  const db =
    deps.target.kind === 'postgres'
      ? drizzleNodePg({ client: deps.target.pool, ...drizzleOptions, logger: recorder })
      : (drizzlePglite({
          client: deps.target.client,
          ...drizzleOptions,
          logger: recorder,
        }) as unknown as Database);
  const request: BaselineRequest = [];
  let allStatements = 0;
  for (const call of calls) {
    const ctx = await createContext(
      { db, config: deps.auth, cipher: deps.cipher },
      {
        meta: { requestId: 'bench-capture', ip: '127.0.0.1' },
        cookies: { read: () => sessionToken, write: () => {}, clear: () => {} },
      },
    );
    if (!ctx.session) throw new Error('the benchmark session has ended; run the benchmark again');
    recorder.statements = [];
    await procedureAt(createCaller(ctx), call.path)(call.input);
    allStatements += recorder.statements.length;
    request.push(recorder.statements.filter(isDataRead));
    recorder.statements = null;
  }
  return { request, allStatements };
}

/** Runs baseline requests against the database directly. */
export interface BaselineDriver {
  /** Opens what `connections` workers need (a pool of that size), so connecting is not measured. */
  prepare(connections: number): Promise<void>;
  run(request: BaselineRequest): Promise<void>;
  /** Closes what prepare opened. */
  release(): Promise<void>;
}

/** node-postgres: each request takes a pooled connection and runs each call as a transaction, as drizzle does. */
export function postgresDriver(databaseUrl: string): BaselineDriver {
  let pool: pg.Pool | null = null;
  return {
    async prepare(connections) {
      pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
      pool.on('error', () => {});
      const clients = await Promise.all(
        Array.from({ length: connections }, () => (pool as pg.Pool).connect()),
      );
      for (const client of clients) client.release();
    },
    async run(request) {
      if (!pool) throw new Error('prepare() first');
      const client = await pool.connect();
      try {
        for (const statements of request) {
          await client.query('begin');
          try {
            for (const s of statements) await client.query(s.text, s.params);
            await client.query('commit');
          } catch (error) {
            await client.query('rollback').catch(() => {});
            throw error;
          }
        }
      } finally {
        client.release();
      }
    },
    async release() {
      await pool?.end();
      pool = null;
    },
  };
}

/** PGlite in this process: one connection, so concurrent requests queue for it, as in the server. */
export function pgliteDriver(client: PgliteClient): BaselineDriver {
  return {
    prepare: async () => {},
    async run(request) {
      for (const statements of request) {
        await client.transaction(async (tx) => {
          for (const s of statements) await tx.query(s.text, s.params as unknown[]);
        });
      }
    },
    release: async () => {},
  };
}

/**
 * The raw-SQL baseline at one level: `connections` workers each running the next request (rotating through
 * the variants) as soon as the previous finished, for `durationSeconds`.
 */
export async function measureBaseline(
  driver: BaselineDriver,
  requests: readonly BaselineRequest[],
  connections: number,
  durationSeconds: number,
): Promise<Measurement & { errorSample: string | null }> {
  if (requests.length === 0) throw new Error('no baseline requests');
  await driver.prepare(connections);
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | null = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = requests[next++ % requests.length] as BaselineRequest;
      const t0 = performance.now();
      try {
        await driver.run(request);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        errorSample ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    await driver.release();
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length + errors,
    durationSeconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    latency: summariseLatencies(latencies),
    errors,
    errorSample,
  };
}

/** Rows in the main tables, for the report. */
export const COUNTED_TABLES: Record<string, string> = {
  clients: 'people',
  cases: 'cases',
  matters: 'matters',
  communications: 'communications',
  deadlines: 'deadlines',
  appointments: 'appointments',
  'timeline events': 'timeline_events',
  users: 'users',
  'audit rows': 'audit_log',
};

export async function countRows(
  query: (text: string) => Promise<Record<string, unknown>[]>,
): Promise<Record<string, number>> {
  const select = Object.entries(COUNTED_TABLES)
    .map(([, table]) => `(select count(*) from ${table}) as ${table}`)
    .join(', ');
  const [row] = await query(`select ${select}`);
  return Object.fromEntries(
    Object.entries(COUNTED_TABLES).map(([name, table]) => [name, Number(row?.[table] ?? 0)]),
  );
}
