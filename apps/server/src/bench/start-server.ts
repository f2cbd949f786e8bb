import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readMemory } from './server-rss.ts';

export interface RunningServer {
  baseUrl: string;
  /** The node process that serves. */
  serverPid: number;
  logFile: string;
  /** The server's peak RSS so far (VmHWM), in bytes. */
  peakRss(): number | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** apps/server: where `node dist/main.js` is run from, as `pnpm start` does. */
  serverDir: string;
  /** The built server (apps/server/dist/main.js). */
  bundle: string;
  env: Record<string, string | undefined>;
  port: number;
  logFile: string;
  timeoutMs?: number;
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', baseUrl), { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the built server as `pnpm start` does (`node dist/main.js` in apps/server) with the given environment, and
 * waits until /health answers. Its output goes to `logFile`.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  if (await healthy(baseUrl)) {
    throw new Error(`Something already answers at ${baseUrl}: stop it, or choose another --port.`);
  }
  const log = openSync(options.logFile, 'w');
  const child = spawn(process.execPath, [options.bundle], {
    cwd: options.serverDir,
    env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const serverPid = child.pid;
  if (serverPid === undefined) throw new Error('Could not start the server.');
  const gone = exited(child);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (!(await healthy(baseUrl))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server stopped while starting. Its last lines (${options.logFile}):\n${tail(options.logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /health in time. Its last lines:\n${tail(options.logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    serverPid,
    logFile: options.logFile,
    peakRss: () => readMemory(serverPid, 'VmHWM'),
    stop,
  };
}
