import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS (or another `Vm*` line) of a /proc/<pid>/status text, in bytes. */
export function parseStatusBytes(status: string, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** The parent pid from a /proc/<pid>/stat line (the command name may hold spaces and brackets). */
export function parseParentPid(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

export function readMemory(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  const status = readProc(pid, 'status');
  return status === null ? null : parseStatusBytes(status, field);
}

/** The descendants of `root` (children first), from /proc. */
export function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readProc(pid, 'stat');
    const ppid = stat === null ? null : parseParentPid(stat);
    if (ppid !== null) parents.set(ppid, [...(parents.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    for (const child of parents.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * The process that serves: `tsx src/main.ts` is a small launcher that runs the server in a child node
 * process, so the server is the launcher's descendant with the largest RSS (the launcher itself, ~40 MB, when
 * it has none).
 */
export function serverProcess(launcherPid: number): number {
  let best = launcherPid;
  let bestRss = -1;
  for (const pid of descendants(launcherPid)) {
    const rss = readMemory(pid) ?? -1;
    if (rss > bestRss) {
      best = pid;
      bestRss = rss;
    }
  }
  return best;
}

/** Samples a process's RSS every `intervalMs` until stopped; the highest sample is the run's peak. */
export function sampleRss(pid: number, intervalMs = 100): { stop(): number | null } {
  let peak: number | null = null;
  const sample = () => {
    const rss = readMemory(pid);
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
