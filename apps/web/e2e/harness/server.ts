import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createE2eDatabase } from './database.ts';

const serverDir = fileURLToPath(new URL('../../../server', import.meta.url));
const webDist = fileURLToPath(new URL('../../dist', import.meta.url));

export interface RunningServer {
  url: string;
  /**
   * Moves the server's "now" `days` ahead of the real time (0 puts it back). Moving it ends every session
   * (the idle timeout): sign in again afterwards.
   */
  setClockOffset(days: number): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Runs node in apps/server: the built server (`dist/main.js`, as `pnpm start` runs it; the e2e script builds
 * it first) or, with `--import tsx`, a command-line tool from source. The web app is served from its build.
 */
function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Only the database the harness chose: never one from the surrounding environment.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    ...env,
    NODE_ENV: 'test',
    // The test clock (POST /__test__/clock), allowed only with NODE_ENV=test.
    TEST_CLOCK: 'on',
    LOG_LEVEL: 'warn',
    WEB_DIST: webDist,
  };
  return spawn(process.execPath, args, {
    cwd: serverDir,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/**
 * Starts Umbrella on a free port with a new database (embedded, or PostgreSQL in the postgres project),
 * optionally loading the demo organisation.
 */
export async function startServer(options: { demo?: boolean } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'umbrella-e2e-'));
  const port = String(await freePort());
  const postgres = createE2eDatabase();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PORT: port,
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...postgres?.env,
  };
  if (options.demo) {
    const demo = run(['--import', 'tsx', 'src/cli/index.ts', 'demo'], env);
    let output = '';
    demo.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    if ((await finished(demo)) !== 0) throw new Error(`pnpm demo failed:\n${output}`);
  }
  const server = run(['dist/main.js'], env);
  let log = '';
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited during start-up:\n${log}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async setClockOffset(days) {
      const res = await fetch(`${url}/__test__/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: url },
        body: JSON.stringify({ offsetDays: days }),
      });
      if (!res.ok) throw new Error(`The test clock refused ${days} days: ${res.status} ${await res.text()}`);
    },
    async stop() {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await finished(server);
      }
      rmSync(dataDir, { recursive: true, force: true });
      postgres?.drop();
    },
  };
}

/** For `page.waitForURL`: the page is at this path, whatever its query string. */
export function path(pathname: string) {
  return (url: URL) => url.pathname === pathname;
}
