import type { LevelResult, ScenarioInfo } from './measurements.ts';

/** The targets of issue 8 ("Scale and speed"), on PostgreSQL on a 2-core machine. */
export const TARGETS = {
  /** p95 of every read at this many connections, unless the scenario has its own. */
  latencyAtConnections: 16,
  readP95Ms: 50,
  stalledCasesP95Ms: 200,
  fullTextSearchP95Ms: 100,
  /** No errors at this many connections. */
  noErrorsAtConnections: 64,
  /** Endpoint throughput at least this share of the raw-SQL baseline's. */
  minBaselineRatio: 0.5,
  maxRssBytes: 300 * 1024 * 1024,
} as const;

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetCheck {
  target: string;
  /** The scenario's title, or null for a target of the whole run. */
  scenario: string | null;
  measured: string;
  status: TargetStatus;
}

/** Endpoint throughput as a share of the raw-SQL baseline's; null without a baseline to compare. */
export function baselineRatio(result: LevelResult): number | null {
  if (!result.baseline || result.baseline.requestsPerSecond <= 0) return null;
  return result.endpoint.requestsPerSecond / result.baseline.requestsPerSecond;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Marks each target met or missed from the measured levels. */
export function evaluateTargets(
  scenarios: readonly ScenarioInfo[],
  results: readonly LevelResult[],
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (id: string, connections: number) =>
    results.find((r) => r.scenarioId === id && r.connections === connections);

  for (const scenario of scenarios) {
    if (scenario.p95TargetMs === null) continue;
    const target = `p95 < ${scenario.p95TargetMs} ms at ${TARGETS.latencyAtConnections} connections`;
    const p95 = at(scenario.id, TARGETS.latencyAtConnections)?.endpoint.latency?.p95;
    checks.push(
      p95 === undefined
        ? { target, scenario: scenario.title, measured: '—', status: 'not measured' }
        : {
            target,
            scenario: scenario.title,
            measured: ms(p95),
            status: p95 < scenario.p95TargetMs ? 'met' : 'missed',
          },
    );
  }

  // At 64 connections; a lighter run (the embedded database) is judged at its highest level instead.
  const levels = results.map((r) => r.connections);
  const errorLevel = levels.includes(TARGETS.noErrorsAtConnections)
    ? TARGETS.noErrorsAtConnections
    : Math.max(0, ...levels);
  for (const scenario of scenarios) {
    const target = `no errors at ${errorLevel || TARGETS.noErrorsAtConnections} connections`;
    const result = at(scenario.id, errorLevel);
    checks.push(
      result === undefined
        ? { target, scenario: scenario.title, measured: '—', status: 'not measured' }
        : {
            target,
            scenario: scenario.title,
            measured: `${result.endpoint.errors} of ${result.endpoint.requests}`,
            status: result.endpoint.errors === 0 && result.endpoint.requests > 0 ? 'met' : 'missed',
          },
    );
  }

  for (const scenario of scenarios) {
    if (scenario.kind !== 'read') continue;
    const target = `throughput ≥ ${TARGETS.minBaselineRatio} × raw SQL (every level)`;
    const ratios = results
      .filter((r) => r.scenarioId === scenario.id)
      .map((r) => ({ connections: r.connections, ratio: baselineRatio(r) }))
      .filter((r): r is { connections: number; ratio: number } => r.ratio !== null);
    const worst = ratios.reduce<(typeof ratios)[number] | null>(
      (low, r) => (low === null || r.ratio < low.ratio ? r : low),
      null,
    );
    checks.push(
      worst === null
        ? { target, scenario: scenario.title, measured: '—', status: 'not measured' }
        : {
            target,
            scenario: scenario.title,
            measured: `lowest ${worst.ratio.toFixed(2)} (at ${worst.connections})`,
            status: worst.ratio >= TARGETS.minBaselineRatio ? 'met' : 'missed',
          },
    );
  }

  const peaks = results.map((r) => r.endpoint.peakRssBytes).filter((b): b is number => b !== null);
  const target = `server RSS < ${mb(TARGETS.maxRssBytes)}`;
  checks.push(
    peaks.length === 0
      ? { target, scenario: null, measured: '—', status: 'not measured' }
      : {
          target,
          scenario: null,
          measured: `peak ${mb(Math.max(...peaks))}`,
          status: Math.max(...peaks) < TARGETS.maxRssBytes ? 'met' : 'missed',
        },
  );
  return checks;
}
