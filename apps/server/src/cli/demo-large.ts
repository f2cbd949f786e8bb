import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { LARGE_CLIENTS, loadLargeData, type DatabaseHandle, type FieldCipher } from '@umbrella/db';
import { londonToday } from '@umbrella/domain';

const USAGE =
  'Usage: pnpm demo:large [--scale 1] [--seed 20261123] [--anchor YYYY-MM-DD]\n' +
  `  --scale   share of the full set (${LARGE_CLIENTS.toLocaleString('en-GB')} clients): 0.1 writes a tenth\n` +
  '  --seed    the random seed: the same seed and anchor write the same data set\n' +
  '  --anchor  the day the data set is written as of (default today, London time)';

export interface LargeArgs {
  scale: number;
  seed: number;
  anchor: string;
}

/** The command's options, or the message saying which one is wrong. */
export function parseLargeArgs(args: string[], today: string): LargeArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { scale: { type: 'string' }, seed: { type: 'string' }, anchor: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\n${USAGE}`;
  }
  const scale = Number(parsed.scale ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 5)
    return `--scale must be a number above 0 and at most 5.\n${USAGE}`;
  const seed = Number(parsed.seed ?? '20261123');
  if (!Number.isInteger(seed) || seed < 0) return `--seed must be a whole number.\n${USAGE}`;
  const anchor = parsed.anchor ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor) || Number.isNaN(Date.parse(anchor))) {
    return `--anchor must be a date written YYYY-MM-DD.\n${USAGE}`;
  }
  return { scale, seed, anchor };
}

/**
 * `pnpm demo:large`: the demo organisation (if not loaded yet) and the large fictional data set the
 * benchmark runs against, with a progress bar.
 */
export async function demoLarge(
  database: DatabaseHandle,
  cipher: FieldCipher,
  args: string[],
): Promise<number> {
  const options = parseLargeArgs(args, londonToday(new Date()));
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  console.log(
    `Writing the large demo data set into the ${database.kind} database: scale ${options.scale}, ` +
      `seed ${options.seed}, as of ${options.anchor}.`,
  );
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      format:
        '  clients {bar} {percentage}% | {value}/{total} | {duration_formatted} (about {eta_formatted} left)',
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = await loadLargeData(database.db, cipher, {
    ...options,
    onProgress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)),
  }).finally(() => bar.stop());
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `Loaded in ${seconds} s: ${fmt(counts.users)} more staff, ${fmt(counts.clients)} clients, ${fmt(counts.cases)} case files, ` +
      `${fmt(counts.matters)} matters, ${fmt(counts.communications)} communications, ${fmt(counts.deadlines)} deadlines, ` +
      `${fmt(counts.appointments)} appointments and ${fmt(counts.timelineEvents)} timeline events.`,
  );
  console.log(
    'The demo accounts sign in as before (see the README); the demo caseworkers now carry a large caseload too.',
  );
  return 0;
}

const fmt = (n: number) => n.toLocaleString('en-GB');
