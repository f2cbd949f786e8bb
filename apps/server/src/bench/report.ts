import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LevelResult, Measurement, ScenarioInfo } from './measurements.ts';
import { baselineRatio, type TargetCheck } from './targets.ts';

export type Align = 'left' | 'right';

/** A GitHub-flavoured markdown table; `|` in a cell is escaped, columns padded to line up in plain text. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const body = rows.map((row) => headers.map((_, i) => escape(row[i] ?? '')));
  const head = headers.map(escape);
  const widths = head.map((h, i) => Math.max(3, h.length, ...body.map((row) => (row[i] ?? '').length)));
  const pad = (cell: string, i: number) =>
    align?.[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (align?.[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(head), `| ${rule.join(' | ')} |`, ...body.map(line)].join('\n');
}

/** Milliseconds: one decimal below 100, whole above. */
export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value < 100 ? value.toFixed(1) : Math.round(value).toString();
}

/** Requests per second: one decimal below 10, whole above. */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value < 10 ? value.toFixed(1) : Math.round(value).toString();
}

export function formatMegabytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  return Math.round(bytes / 1024 / 1024).toString();
}

/** A connection string without its password, for the report. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

export interface ReportMeta {
  title: string;
  date: Date;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; os: string; node: string };
  /**
   * The 1-minute load average when the run started and ended. Only the start tells of other work on the machine
   * (which skews the figures): the end counts the benchmark's own load (server, database, baseline clients).
   */
  loadAverage: { start: number; end: number };
  database: string;
  /** Rows in the main tables before the run. */
  counts: Record<string, number>;
  connectionLevels: number[];
  durationSeconds: number;
  warmupSeconds: number;
  /** How the raw-SQL baseline was run, in a sentence. */
  baselineNote: string;
  /** The server process's peak RSS over the whole run (VmHWM), in bytes. */
  serverPeakBytes: number | null;
  command: string;
  /** Extra lines worth knowing (e.g. what the run wrote). */
  notes: string[];
}

function measurementCells(m: Measurement): string[] {
  return [
    formatMs(m.latency?.p50),
    formatMs(m.latency?.p95),
    formatMs(m.latency?.p99),
    formatRate(m.requestsPerSecond),
  ];
}

/** The results table: one row per scenario and connection level. */
export function resultsTable(scenarios: readonly ScenarioInfo[], results: readonly LevelResult[]): string {
  const rows = orderedResults(scenarios, results).map(({ scenario, result }) => {
    const ratio = baselineRatio(result);
    return [
      scenario.title,
      String(result.connections),
      ...measurementCells(result.endpoint),
      String(result.endpoint.errors),
      formatRate(result.baseline?.requestsPerSecond),
      ratio === null ? '—' : ratio.toFixed(2),
      formatMegabytes(result.endpoint.peakRssBytes),
    ];
  });
  return markdownTable(
    [
      'Scenario',
      'Conns',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'Errors',
      'Raw SQL req/s',
      'Endpoint / SQL',
      'Peak RSS MB',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** The raw-SQL baseline on its own: the same statements the endpoint runs, straight to the database. */
export function baselineTable(scenarios: readonly ScenarioInfo[], results: readonly LevelResult[]): string {
  const rows = orderedResults(scenarios, results).flatMap(({ scenario, result }) =>
    result.baseline
      ? [
          [
            scenario.title,
            String(result.connections),
            ...measurementCells(result.baseline),
            String(result.baseline.errors),
            `${scenario.baselineStatements ?? '—'} / ${scenario.endpointStatements ?? '—'}`,
          ],
        ]
      : [],
  );
  return markdownTable(
    ['Scenario', 'Conns', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'Errors', 'Statements: replayed / endpoint'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  const mark = { met: 'met', missed: '**missed**', 'not measured': 'not measured' } as const;
  return markdownTable(
    ['Target', 'Scenario', 'Measured', 'Result'],
    checks.map((c) => [c.target, c.scenario ?? 'whole run', c.measured, mark[c.status]]),
  );
}

function orderedResults(scenarios: readonly ScenarioInfo[], results: readonly LevelResult[]) {
  return scenarios.flatMap((scenario) =>
    results
      .filter((r) => r.scenarioId === scenario.id)
      .sort((a, b) => a.connections - b.connections)
      .map((result) => ({ scenario, result })),
  );
}

function scenarioLines(scenarios: readonly ScenarioInfo[]): string[] {
  return scenarios.map((s) => {
    const results = s.resultsPerRequest
      ? `; results per request ${s.resultsPerRequest.min}–${s.resultsPerRequest.max}`
      : '';
    const target = s.p95TargetMs === null ? '' : `; target p95 < ${s.p95TargetMs} ms`;
    return `- **${s.title}** (${s.role}, ${s.kind}): \`${s.procedures.join(' + ')}\`, ${s.variants} rotating input${s.variants === 1 ? '' : 's'}${results}${target}.`;
  });
}

function errorLines(scenarios: readonly ScenarioInfo[], results: readonly LevelResult[]): string[] {
  return orderedResults(scenarios, results).flatMap(({ scenario, result }) => {
    const e = result.endpoint;
    if (e.errors === 0) return [];
    const statuses = Object.entries(e.statusCounts)
      .filter(([status]) => status !== '200')
      .map(([status, n]) => `${n} × ${status}`);
    const parts = [...statuses, ...(e.timeouts ? [`${e.timeouts} timeouts`] : [])].join(', ');
    const samples = e.errorSamples.length ? `: ${e.errorSamples.map((s) => `“${s}”`).join('; ')}` : '';
    return [`- ${scenario.title} at ${result.connections}: ${parts || `${e.errors} errors`}${samples}`];
  });
}

/** The whole report, as written to the results file. */
export function renderReport(
  meta: ReportMeta,
  scenarios: readonly ScenarioInfo[],
  results: readonly LevelResult[],
  checks: readonly TargetCheck[],
): string {
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  const counts = Object.entries(meta.counts)
    .map(([name, n]) => `${n.toLocaleString('en-GB')} ${name}`)
    .join(', ');
  const errors = errorLines(scenarios, results);
  return [
    `# ${meta.title}`,
    '',
    `- Date: ${meta.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${meta.machine.cpus} CPUs (${meta.machine.cpuModel}), ${gb(meta.machine.memoryBytes)} memory, ${meta.machine.os}, Node ${meta.machine.node}`,
    `- Load average (1 min) when the run started: ${meta.loadAverage.start.toFixed(1)}` +
      (meta.loadAverage.start > meta.machine.cpus
        ? ` (above ${meta.machine.cpus}: other work was running, the figures are pessimistic)`
        : '') +
      `; at the end, with the benchmark’s own load: ${meta.loadAverage.end.toFixed(1)}`,
    `- Database: ${meta.database}`,
    `- Data before the run: ${counts || 'not counted'}`,
    `- Load: autocannon, ${meta.durationSeconds} s per level after a ${meta.warmupSeconds} s warm-up per scenario, at ${meta.connectionLevels.join(', ')} concurrent connections`,
    `- Raw-SQL baseline: ${meta.baselineNote}`,
    `- Server peak RSS over the whole run (VmHWM): ${meta.serverPeakBytes === null ? '—' : `${formatMegabytes(meta.serverPeakBytes)} MB`}`,
    `- Command: \`${meta.command}\``,
    ...meta.notes.map((n) => `- ${n}`),
    '',
    '## Results',
    '',
    'Latencies in milliseconds; errors are answers other than 200 plus timeouts; RSS is the server process.',
    '',
    resultsTable(scenarios, results),
    '',
    '## Raw-SQL baseline',
    '',
    baselineTable(scenarios, results),
    '',
    '## Targets',
    '',
    targetsTable(checks),
    '',
    '## Scenarios',
    '',
    ...scenarioLines(scenarios),
    ...(errors.length ? ['', '## Errors', '', ...errors] : []),
    '',
  ].join('\n');
}

export function writeReport(path: string, markdown: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, markdown);
}
