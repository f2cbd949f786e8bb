import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import type { LevelResult, ScenarioInfo } from './measurements.ts';
import {
  formatMs,
  formatRate,
  markdownTable,
  redactUrl,
  renderReport,
  resultsTable,
  type ReportMeta,
} from './report.ts';

describe('markdownTable', () => {
  it('lines up the columns, right-aligning numbers', () => {
    expect(
      markdownTable(
        ['Name', 'n'],
        [
          ['a', '1'],
          ['longer', '100'],
        ],
        ['left', 'right'],
      ),
    ).toBe(['| Name   |   n |', '| ------ | --: |', '| a      |   1 |', '| longer | 100 |'].join('\n'));
  });

  it('escapes pipes and new lines in cells, and fills missing cells', () => {
    expect(markdownTable(['A', 'B'], [['x|y\nz']])).toBe(
      ['| A      | B   |', '| ------ | --- |', '| x\\|y z |     |'].join('\n'),
    );
  });
});

describe('formatting', () => {
  it('shows milliseconds and rates with the precision that matters', () => {
    expect(formatMs(3.14159)).toBe('3.1');
    expect(formatMs(99.94)).toBe('99.9');
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(null)).toBe('—');
    expect(formatRate(7.25)).toBe('7.3');
    expect(formatRate(812.4)).toBe('812');
    expect(formatRate(Number.NaN)).toBe('—');
  });

  it('hides the password of a connection string', () => {
    expect(redactUrl('postgres://bench:s3cret@db.example:5432/umbrella')).toBe(
      'postgres://bench:***@db.example:5432/umbrella',
    );
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/x')).toBe('postgres://postgres@127.0.0.1:5432/x');
    expect(redactUrl('not a url')).toBe('(not a URL)');
  });
});

const scenarios: ScenarioInfo[] = [
  {
    id: 'search',
    title: 'Client search',
    role: 'caseworker',
    kind: 'read',
    procedures: ['clients.list'],
    p95TargetMs: 50,
    variants: 3,
    resultsPerRequest: { min: 1, max: 4 },
    baselineStatements: 8,
    endpointStatements: 14,
  },
  {
    id: 'log',
    title: 'Log',
    role: 'caseworker',
    kind: 'write',
    procedures: ['communications.create'],
    p95TargetMs: null,
    variants: 1,
    resultsPerRequest: null,
    baselineStatements: null,
    endpointStatements: null,
  },
];

const measured = (connections: number, rate: number, baseline: number | null, errors = 0): LevelResult => ({
  scenarioId: connections === 0 ? 'log' : 'search',
  connections: Math.max(connections, 1),
  endpoint: {
    requests: 100,
    durationSeconds: 10,
    requestsPerSecond: rate,
    latency: { p50: 4.04, p95: 12.36, p99: 150.4 },
    errors,
    statusCounts: errors ? { '200': 100 - errors, '500': errors } : { '200': 100 },
    timeouts: 0,
    peakRssBytes: 190 * 1024 * 1024,
    errorSamples: errors ? ['500 INTERNAL_SERVER_ERROR: Something went wrong'] : [],
  },
  baseline:
    baseline === null
      ? null
      : {
          requests: 1,
          durationSeconds: 10,
          requestsPerSecond: baseline,
          latency: { p50: 1, p95: 2, p99: 3 },
          errors: 0,
        },
});

describe('resultsTable', () => {
  it('orders rows by scenario then connections, with the ratio to the raw-SQL baseline', () => {
    const table = resultsTable(scenarios, [
      measured(16, 300, 400),
      measured(0, 50, null, 2),
      measured(1, 100, 400),
    ]);
    const rows = table
      .split('\n')
      .slice(2)
      .map((row) =>
        row
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean),
      );
    expect(rows).toEqual([
      ['Client search', '1', '4.0', '12.4', '150', '100', '0', '400', '0.25', '190'],
      ['Client search', '16', '4.0', '12.4', '150', '300', '0', '400', '0.75', '190'],
      ['Log', '1', '4.0', '12.4', '150', '50', '2', '—', '—', '190'],
    ]);
  });
});

describe('renderReport', () => {
  const meta: ReportMeta = {
    title: 'Umbrella benchmark: PostgreSQL',
    date: new Date('2026-12-06T21:30:00Z'),
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 1024 ** 3, os: 'Linux', node: 'v20.20.2' },
    loadAverage: { start: 0.4, end: 2.5 },
    database: 'PostgreSQL 15',
    counts: { clients: 20000, communications: 500000 },
    connectionLevels: [1, 16, 64],
    durationSeconds: 10,
    warmupSeconds: 2,
    baselineNote: 'replayed.',
    serverPeakBytes: 250 * 1024 * 1024,
    command: 'pnpm bench',
    notes: ['A note.'],
  };
  const markdown = renderReport(
    meta,
    scenarios,
    [measured(1, 100, 400), measured(16, 300, 400), measured(0, 50, null, 2)],
    [
      { target: 'server RSS < 300 MB', scenario: null, measured: 'peak 250 MB', status: 'met' },
      {
        target: 'p95 < 50 ms at 16 connections',
        scenario: 'Client search',
        measured: '60.0 ms',
        status: 'missed',
      },
      {
        target: 'throughput ≥ 0.5 × raw SQL (every level)',
        scenario: 'Client search',
        measured: '—',
        status: 'not measured',
      },
    ],
  );

  it('holds the run’s facts, the tables, the targets and the errors', () => {
    expect(markdown).toContain('- Date: 2026-12-06 21:30 UTC');
    expect(markdown).toContain('2 CPUs (Test CPU), 8.0 GB memory');
    expect(markdown).toContain(
      'Load average (1 min) when the run started: 0.4; at the end, with the benchmark’s own load: 2.5',
    );
    expect(markdown).not.toContain('other work was running');
    expect(markdown).toContain('20,000 clients, 500,000 communications');
    expect(markdown).toContain('(VmHWM): 250 MB');
    expect(markdown).toContain('- A note.');
    expect(markdown).toMatch(/\| server RSS < 300 MB +\| whole run +\| peak 250 MB +\| met +\|/);
    expect(markdown).toContain('**missed**');
    expect(markdown).toContain('## Raw-SQL baseline');
    expect(markdown).toMatch(
      /\| Client search \| +1 \| +1\.0 \| +2\.0 \| +3\.0 \| +400 \| +0 \| +8 \/ 14 \|/,
    );
    expect(markdown).toContain('- Log at 1: 2 × 500: “500 INTERNAL_SERVER_ERROR: Something went wrong”');
    expect(markdown).toContain(
      '`clients.list`, 3 rotating inputs; results per request 1–4; target p95 < 50 ms.',
    );
  });

  it('warns of other work only from the load at the start (the end counts the benchmark itself)', () => {
    const busy = renderReport({ ...meta, loadAverage: { start: 3.1, end: 2.5 } }, scenarios, [], []);
    expect(busy).toContain(
      'when the run started: 3.1 (above 2: other work was running, the figures are pessimistic)',
    );
  });

  it('is written as prettier would write it (CI checks every markdown file)', async () => {
    const formatted = await format(markdown, { parser: 'markdown', printWidth: 110 });
    expect(formatted).toBe(markdown);
  });
});
