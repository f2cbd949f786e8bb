import { describe, expect, it } from 'vitest';
import type { EndpointMeasurement, LevelResult, ScenarioInfo } from './measurements.ts';
import { baselineRatio, evaluateTargets } from './targets.ts';

const MB = 1024 * 1024;

function scenario(id: string, overrides: Partial<ScenarioInfo> = {}): ScenarioInfo {
  return {
    id,
    title: id,
    role: 'caseworker',
    kind: 'read',
    procedures: ['x.y'],
    p95TargetMs: 50,
    variants: 1,
    resultsPerRequest: null,
    baselineStatements: 3,
    endpointStatements: 6,
    ...overrides,
  };
}

function endpoint(p95: number, overrides: Partial<EndpointMeasurement> = {}): EndpointMeasurement {
  return {
    requests: 1000,
    durationSeconds: 10,
    requestsPerSecond: 100,
    latency: { p50: p95 / 2, p95, p99: p95 * 2 },
    errors: 0,
    statusCounts: { '200': 1000 },
    timeouts: 0,
    peakRssBytes: 200 * MB,
    errorSamples: [],
    ...overrides,
  };
}

function level(
  id: string,
  connections: number,
  e: EndpointMeasurement,
  baselineRate: number | null,
): LevelResult {
  return {
    scenarioId: id,
    connections,
    endpoint: e,
    baseline:
      baselineRate === null
        ? null
        : { requests: 1, durationSeconds: 10, requestsPerSecond: baselineRate, latency: null, errors: 0 },
  };
}

describe('baselineRatio', () => {
  it('divides the endpoint throughput by the baseline', () => {
    expect(baselineRatio(level('a', 1, endpoint(10), 400))).toBe(0.25);
  });
  it('is null without a baseline, or with a baseline that did nothing', () => {
    expect(baselineRatio(level('a', 1, endpoint(10), null))).toBeNull();
    expect(baselineRatio(level('a', 1, endpoint(10), 0))).toBeNull();
  });
});

describe('evaluateTargets', () => {
  const scenarios = [
    scenario('read'),
    scenario('stalled', { p95TargetMs: 200 }),
    scenario('write', { kind: 'write', p95TargetMs: null, baselineStatements: null }),
  ];

  it('marks every target met when the figures are within them', () => {
    const results = [
      level('read', 16, endpoint(49.9), 150),
      level('read', 64, endpoint(80), 150),
      level('stalled', 16, endpoint(199), 100),
      level('stalled', 64, endpoint(300), 100),
      level('write', 64, endpoint(20), null),
    ];
    const checks = evaluateTargets(scenarios, results);
    expect(checks.filter((c) => c.status !== 'met')).toEqual([]);
    // p95 for the two reads, errors for all three, ratio for the two reads, RSS once.
    expect(checks).toHaveLength(8);
  });

  it('uses each scenario’s own latency target, at 16 connections only', () => {
    const results = [
      level('read', 1, endpoint(500), 150),
      level('read', 16, endpoint(50), 150),
      level('stalled', 16, endpoint(150), 100),
    ];
    const latency = evaluateTargets(scenarios, results).filter((c) => c.target.startsWith('p95'));
    expect(latency.map((c) => [c.scenario, c.status, c.measured])).toEqual([
      ['read', 'missed', '50.0 ms'],
      ['stalled', 'met', '150.0 ms'],
    ]);
  });

  it('misses on any error at 64 connections, and on a ratio under one half at any level', () => {
    const results = [
      level('read', 1, endpoint(10, { requestsPerSecond: 49 }), 100),
      level('read', 16, endpoint(10), 150),
      level('read', 64, endpoint(10, { errors: 1 }), 150),
    ];
    const checks = evaluateTargets([scenarios[0] as ScenarioInfo], results);
    const errors = checks.find((c) => c.target.startsWith('no errors'));
    expect(errors).toMatchObject({
      status: 'missed',
      measured: '1 of 1000',
      target: 'no errors at 64 connections',
    });
    const ratio = checks.find((c) => c.target.startsWith('throughput'));
    expect(ratio).toMatchObject({ status: 'missed', measured: 'lowest 0.49 (at 1)' });
  });

  it('judges errors at the highest level of a lighter run', () => {
    const results = [
      level('read', 4, endpoint(10), 100),
      level('read', 16, endpoint(10, { errors: 2 }), 100),
    ];
    const errors = evaluateTargets([scenarios[0] as ScenarioInfo], results).find((c) =>
      c.target.startsWith('no errors'),
    );
    expect(errors).toMatchObject({ target: 'no errors at 16 connections', status: 'missed' });
  });

  it('says what was not measured, and misses RSS at 300 MB', () => {
    const results = [level('read', 1, endpoint(10, { peakRssBytes: 300 * MB }), null)];
    const checks = evaluateTargets([scenarios[0] as ScenarioInfo], results);
    expect(checks.find((c) => c.target.startsWith('p95'))?.status).toBe('not measured');
    expect(checks.find((c) => c.target.startsWith('throughput'))?.status).toBe('not measured');
    expect(checks.find((c) => c.target.startsWith('server RSS'))).toMatchObject({
      status: 'missed',
      measured: 'peak 300 MB',
      scenario: null,
    });
  });
});
