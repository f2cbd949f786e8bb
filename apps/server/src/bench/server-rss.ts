import { readFileSync } from 'node:fs';

/** VmRSS (or another `Vm*` line) of a /proc/<pid>/status text, in bytes. */
export function parseStatusBytes(status: string, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
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
