/**
 * `pnpm bench`: the speed of the journeys of issue 8 ("Scale and speed"), against the raw-SQL limit.
 * See USAGE in options.ts (`pnpm bench --help`) and apps/server/bench/README.md.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sessionCookieName } from '@umbrella/api';
import { acquireDataDirLock, FieldCipher, openEmbedded, openKeyring } from '@umbrella/db';
import pg from 'pg';
import { bundleServer, SERVER_BUNDLE } from '../build/bundle-server.ts';
import { loadConfig, type ServerConfig } from '../config.ts';
import type { LevelResult, ScenarioInfo } from './measurements.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { discoverInputs } from './pick-inputs.ts';
import {
  captureStatements,
  countRows,
  measureBaseline,
  pgliteDriver,
  postgresDriver,
  type BaselineDriver,
  type BaselineRequest,
  type CaptureTarget,
  type PgliteClient,
} from './raw-sql.ts';
import { formatMegabytes, formatMs, formatRate, redactUrl, renderReport, writeReport } from './report.ts';
import { runLoad } from './run-load.ts';
import { buildScenarios, SCENARIO_IDS, type Scenario } from './scenarios.ts';
import { signIn, type BenchRole, type SignedIn } from './sign-in.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { evaluateTargets } from './targets.ts';
import { callApi, describeFailure, readCookie } from './trpc-http.ts';

/** How many different inputs each scenario rotates through (clients, names, words…). */
const VARIANTS = 8;

const say = (line: string) => console.log(line);

/** The database the benchmark reads directly (counts and the baseline), while the server is stopped for PGlite. */
interface DirectDatabase {
  description: string;
  query(text: string): Promise<Record<string, unknown>[]>;
  capture: CaptureTarget;
  driver: BaselineDriver;
  close(): Promise<void>;
}

async function openDirect(options: BenchOptions, config: ServerConfig): Promise<DirectDatabase> {
  if (options.database === 'postgres') {
    const url = options.databaseUrl as string;
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {});
    const query = async (text: string) => (await pool.query(text)).rows as Record<string, unknown>[];
    const [version] = await query('select version() as version');
    return {
      description: `${String(version?.version).split(',')[0]} at ${redactUrl(url)}; server pool ${config.databasePoolSize} connections`,
      query,
      capture: { kind: 'postgres', pool },
      driver: postgresDriver(url),
      close: () => pool.end(),
    };
  }
  const handle = await openEmbedded(join(config.dataDir, 'pglite'), acquireDataDirLock(config.dataDir));
  const client: PgliteClient = handle.client;
  const query = async (text: string) => (await client.query<Record<string, unknown>>(text)).rows;
  const [version] = await query('select version() as version');
  return {
    description: `PGlite (${String(version?.version).split(',')[0]}, in WebAssembly) in ${config.dataDir}`,
    query,
    capture: { kind: 'pglite', client },
    driver: pgliteDriver(client),
    close: () => handle.close(),
  };
}

/** One request per variant, before any load: each must answer 200 with real data, or it is left out. */
async function checkScenario(
  server: RunningServer,
  session: SignedIn,
  scenario: Scenario,
): Promise<{ scenario: Scenario; results: { min: number; max: number } | null; dropped: string[] }> {
  const kept: Scenario['variants'] = [];
  const counts: number[] = [];
  const dropped: string[] = [];
  for (const variant of scenario.variants) {
    const answer = await callApi(server.baseUrl, session.cookie, variant);
    if (answer.status !== 200 || !answer.items.every((item) => item.ok)) {
      dropped.push(`an input failed: ${describeFailure(answer.status, answer.text)}`);
      continue;
    }
    const found = scenario.countResults(answer.items.map((item) => (item.ok ? item.data : null)));
    if (found === 0 && scenario.id !== 'my-work') {
      dropped.push('an input found nothing');
      continue;
    }
    kept.push(variant);
    counts.push(found);
  }
  return {
    scenario: { ...scenario, variants: kept },
    results: counts.length ? { min: Math.min(...counts), max: Math.max(...counts) } : null,
    dropped,
  };
}

async function main(): Promise<number> {
  // eslint-disable-next-line no-restricted-properties -- the benchmark hands its environment to the server it starts, which validates it (config.ts)
  const env: Record<string, string | undefined> = { ...process.env };
  const argv = process.argv.slice(2);
  const options = parseOptions(argv, env);
  if (options.help) {
    say(USAGE.replace('{ids}', SCENARIO_IDS.join(', ')));
    return 0;
  }
  const unknown = options.only.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
  if (unknown.length)
    throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIO_IDS.join(', ')}`);

  const serverDir = fileURLToPath(new URL('../..', import.meta.url));
  const serverEnv: Record<string, string | undefined> = { ...env, DATABASE_URL: options.databaseUrl };
  if (options.database === 'pglite') delete serverEnv.DATABASE_URL;
  // The configuration the server will read: the same data directory, keyring and pool.
  const config = loadConfig(serverEnv);
  if (options.database === 'pglite' && !existsSync(join(config.dataDir, 'pglite'))) {
    throw new Error(
      `No embedded database in ${config.dataDir}: load the demo there first (DATA_DIR=${config.dataDir} pnpm demo).`,
    );
  }
  const label = options.database === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)';
  const loadAtStart = os.loadavg()[0] ?? 0;

  // Counted before the run; PGlite is opened and closed again, as the server will own its data directory.
  let direct = await openDirect(options, config);
  const description = direct.description;
  const countsBefore = await countRows(direct.query);
  if (options.database === 'pglite') await direct.close();
  say(`Benchmarking Umbrella on ${description}`);
  say(
    `Data: ${Object.entries(countsBefore)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );

  const logFile = join(os.tmpdir(), `umbrella-bench-server-${options.database}.log`);
  // The server as `pnpm start` runs it: bundled, under plain node.
  await bundleServer();
  const server = await startServer({
    serverDir,
    bundle: SERVER_BUNDLE,
    env: serverEnv,
    port: options.port,
    logFile,
  });
  say(`Server started at ${server.baseUrl} (pid ${server.serverPid}; log ${logFile})`);

  const results: LevelResult[] = [];
  const infos: ScenarioInfo[] = [];
  const notes: string[] = [];
  const sessions = {} as Record<BenchRole, SignedIn>;
  const scenarios: Scenario[] = [];
  let serverPeakBytes: number | null = null;
  try {
    sessions.caseworker = await signIn(server.baseUrl, 'caseworker');
    sessions.supervisor = await signIn(server.baseUrl, 'supervisor');
    const inputs = await discoverInputs(server.baseUrl, sessions.caseworker, VARIANTS);
    say(
      `Caseload of ${sessions.caseworker.user.email}: ${inputs.clients.length} clients opened, ${inputs.prefixes.length} ` +
        `name prefixes, ${inputs.typos.length} typos, ${inputs.references.length} references, ${inputs.words.length} words`,
    );
    for (const candidate of buildScenarios(inputs, new Date())) {
      if (options.only.length && !options.only.includes(candidate.id)) continue;
      const checked = await checkScenario(server, sessions[candidate.role], candidate);
      if (checked.dropped.length) {
        notes.push(
          `${candidate.title}: ${checked.dropped.length} input(s) left out (${[...new Set(checked.dropped)].join('; ')}).`,
        );
      }
      if (checked.scenario.variants.length === 0) {
        notes.push(`${candidate.title}: not measured, no input answered with data.`);
        say(`! ${candidate.title}: skipped, no input answered with data`);
        continue;
      }
      scenarios.push(checked.scenario);
      infos.push({
        id: candidate.id,
        title: candidate.title,
        role: candidate.role,
        kind: candidate.kind,
        procedures: candidate.variants[0]?.map((c) => c.path) ?? [],
        p95TargetMs: candidate.p95TargetMs,
        variants: checked.scenario.variants.length,
        resultsPerRequest: checked.results,
        baselineStatements: null,
        endpointStatements: null,
      });
    }

    for (const scenario of scenarios) {
      const session = sessions[scenario.role];
      const load = {
        baseUrl: server.baseUrl,
        cookie: session.cookie,
        variants: scenario.variants,
        serverPid: server.serverPid,
      };
      await runLoad({
        ...load,
        connections: Math.min(4, Math.max(...options.connections)),
        durationSeconds: options.warmupSeconds,
      });
      for (const connections of options.connections) {
        const endpoint = await runLoad({ ...load, connections, durationSeconds: options.durationSeconds });
        results.push({ scenarioId: scenario.id, connections, endpoint, baseline: null });
        say(
          `${scenario.title.padEnd(32)} ${String(connections).padStart(3)} conns: p50 ${formatMs(endpoint.latency?.p50)} ms, ` +
            `p95 ${formatMs(endpoint.latency?.p95)} ms, ${formatRate(endpoint.requestsPerSecond)} req/s, ` +
            `${endpoint.errors} errors, RSS ${formatMegabytes(endpoint.peakRssBytes)} MB` +
            (endpoint.errorSamples.length ? ` (${endpoint.errorSamples[0]})` : ''),
        );
      }
    }
    serverPeakBytes = server.peakRss();
  } finally {
    await server.stop();
  }

  direct = options.database === 'pglite' ? await openDirect(options, config) : direct;
  try {
    const countsAfter = await countRows(direct.query);
    const added = (countsAfter.communications ?? 0) - (countsBefore.communications ?? 0);
    notes.push(
      `The run wrote to the database: ${added} communications logged, and ` +
        `${(countsAfter['audit rows'] ?? 0) - (countsBefore['audit rows'] ?? 0)} audit rows (every read is audited).`,
    );
    if (!options.skipBaseline) {
      const { keyring } = openKeyring(config.encryption);
      const deps = { target: direct.capture, auth: config.auth, cipher: new FieldCipher(keyring) };
      const cookieName = sessionCookieName(config.auth);
      for (const scenario of scenarios) {
        if (scenario.kind !== 'read') continue;
        const token = readCookie(sessions[scenario.role].cookie, cookieName);
        if (!token) throw new Error(`no session cookie for the ${scenario.role}`);
        const requests: BaselineRequest[] = [];
        let allStatements = 0;
        for (const variant of scenario.variants) {
          const captured = await captureStatements(deps, token, variant);
          requests.push(captured.request);
          if (requests.length === 1) allStatements = captured.allStatements;
        }
        const info = infos.find((i) => i.id === scenario.id);
        if (info) {
          info.baselineStatements = requests[0]?.flat().length ?? 0;
          info.endpointStatements = allStatements;
        }
        for (const connections of options.connections) {
          const baseline = await measureBaseline(
            direct.driver,
            requests,
            connections,
            options.durationSeconds,
          );
          const result = results.find((r) => r.scenarioId === scenario.id && r.connections === connections);
          if (result) result.baseline = baseline;
          say(
            `${`${scenario.title} (raw SQL)`.padEnd(42)} ${String(connections).padStart(3)} conns: p50 ${formatMs(baseline.latency?.p50)} ms, ` +
              `p95 ${formatMs(baseline.latency?.p95)} ms, ${formatRate(baseline.requestsPerSecond)} req/s, ${baseline.errors} errors` +
              (baseline.errorSample ? ` (${baseline.errorSample})` : ''),
          );
        }
      }
    }
  } finally {
    await direct.close();
  }

  const baselineNote = options.skipBaseline
    ? 'not run (--no-baseline).'
    : options.database === 'postgres'
      ? 'the data reads each endpoint runs, captured from the real services (drizzle query log) and replayed ' +
        'through `pg` (a pool sized to the connections), each procedure as one transaction; without the audit row ' +
        'every read appends, so the gap shows the whole cost of the server (HTTP, tRPC, session, audit, JSON).'
      : 'the data reads each endpoint runs, captured from the real services and replayed through PGlite in this ' +
        'process after the server stopped (one connection: concurrent requests queue, as in the server); without ' +
        'the audit row every read appends.';
  const checks = evaluateTargets(infos, results);
  const markdown = renderReport(
    {
      title: `Umbrella benchmark: ${label}`,
      date: new Date(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryBytes: os.totalmem(),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
      },
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
      database: description,
      counts: countsBefore,
      connectionLevels: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      baselineNote,
      serverPeakBytes,
      command: ['pnpm bench', ...argv].join(' '),
      notes,
    },
    infos,
    results,
    checks,
  );
  const out = options.out
    ? resolve(env.INIT_CWD ?? process.cwd(), options.out)
    : join(serverDir, 'bench', `results-${options.database}.md`);
  writeReport(out, markdown);
  say('');
  say(markdown);
  say(`Written to ${out}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
