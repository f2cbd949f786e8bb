import { describe, expect, it } from 'vitest';
import { parseStatusBytes, readMemory } from './server-rss.ts';

describe('parseStatusBytes', () => {
  const status =
    'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  250000 kB\nVmRSS:\t  190464 kB\nThreads:\t11\n';

  it('reads VmRSS and VmHWM in bytes', () => {
    expect(parseStatusBytes(status)).toBe(190464 * 1024);
    expect(parseStatusBytes(status, 'VmHWM')).toBe(250000 * 1024);
  });

  it('is null for a process without memory (a zombie)', () => {
    expect(parseStatusBytes('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
  });
});

describe('this process, through /proc', () => {
  it('has a resident set, and a peak at least as high', () => {
    const rss = readMemory(process.pid) ?? 0;
    expect(rss).toBeGreaterThan(10 * 1024 * 1024);
    expect(readMemory(process.pid, 'VmHWM')).toBeGreaterThanOrEqual(rss);
  });
});
