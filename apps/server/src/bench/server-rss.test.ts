import { describe, expect, it } from 'vitest';
import { descendants, parseParentPid, parseStatusBytes, readMemory } from './server-rss.ts';

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

describe('parseParentPid', () => {
  it('reads the parent after the command name, whatever the name holds', () => {
    expect(parseParentPid('4242 (node) S 4241 4242 100 0 -1')).toBe(4241);
    expect(parseParentPid('4242 (my (odd) name) R 17 4242 100 0 -1')).toBe(17);
    expect(parseParentPid('1 (init) S 0 1 1 0 -1')).toBeNull();
  });
});

describe('this process, through /proc', () => {
  it('has a resident set, and is a descendant of its parent', () => {
    expect(readMemory(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(descendants(process.ppid)).toContain(process.pid);
  });
});
