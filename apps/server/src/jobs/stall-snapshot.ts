import { refreshStallSnapshotNow } from '@umbrella/api';
import type { Database } from '@umbrella/db';
import type { Logger } from '../logger.ts';

/** How often the stalled-cases snapshot is brought up to date in the background (a read also does, first). */
export const STALL_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;
/** The first refresh, shortly after start (not at once: migrations and start-up come first). */
export const STALL_SNAPSHOT_FIRST_MS = 20 * 1000;

/**
 * Keeps the supervisors' stalled-cases snapshot fresh: after start and every five minutes, so that a new day's
 * rebuild of every open case is rarely left to a supervisor's request. Logs only how long it took.
 */
export function startStallSnapshotRefresh(options: { db: Database; logger: Logger; now?: () => Date }): {
  stop(): void;
} {
  const now = options.now ?? (() => new Date());
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    const started = Date.now();
    try {
      await refreshStallSnapshotNow(options.db, now());
      options.logger.debug({ ms: Date.now() - started }, 'stalled-cases snapshot refreshed');
    } catch (error) {
      options.logger.error(
        { err: error instanceof Error ? error.name : 'unknown' },
        'stalled-cases snapshot refresh failed',
      );
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), STALL_SNAPSHOT_FIRST_MS);
  const every = setInterval(() => void run(), STALL_SNAPSHOT_INTERVAL_MS);
  first.unref();
  every.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
