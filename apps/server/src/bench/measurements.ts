import type { LatencySummary } from './percentiles.ts';

/** One load run: requests answered, how fast, and how many went wrong. */
export interface Measurement {
  /** Requests answered (any status). */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latency: LatencySummary | null;
  /** Endpoint: answers other than 200, plus timeouts and connection errors. Raw SQL: failed queries. */
  errors: number;
}

export interface EndpointMeasurement extends Measurement {
  /** Answers by HTTP status. */
  statusCounts: Record<string, number>;
  timeouts: number;
  /** The server process's highest resident set size sampled during the run, in bytes. */
  peakRssBytes: number | null;
  /** The first few error answers, to say what went wrong (messages only). */
  errorSamples: string[];
}

/** What the report needs to know about a scenario. */
export interface ScenarioInfo {
  id: string;
  title: string;
  role: 'caseworker' | 'supervisor';
  kind: 'read' | 'write';
  /** The procedures one request calls (a tRPC batch when more than one). */
  procedures: string[];
  /** The p95 target at 16 connections, for reads. */
  p95TargetMs: number | null;
  /** How many different inputs the requests rotate through. */
  variants: number;
  /** Results per request seen while checking the inputs (min to max), e.g. clients found. */
  resultsPerRequest: { min: number; max: number } | null;
  /** Statements one raw-SQL baseline request runs (null: no baseline). */
  baselineStatements: number | null;
  /** Statements the procedures of one request run in all, audit and transaction control included. */
  endpointStatements: number | null;
}

export interface LevelResult {
  scenarioId: string;
  connections: number;
  endpoint: EndpointMeasurement;
  baseline: Measurement | null;
}
