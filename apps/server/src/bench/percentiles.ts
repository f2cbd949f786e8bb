/** Latency percentiles of one run, in milliseconds. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The nearest-rank percentile of values sorted in ascending order: the smallest value such that at least
 * `p` per cent of the values are at or below it. `p` is between 0 and 100; an empty list has none.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, not ${p}`);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** p50, p95 and p99 of unsorted latencies (the list is not changed); null when nothing was measured. */
export function summariseLatencies(latencies: readonly number[]): LatencySummary | null {
  if (latencies.length === 0) return null;
  const sorted = Float64Array.from(latencies).sort();
  const values = Array.from(sorted);
  return {
    p50: percentile(values, 50) ?? 0,
    p95: percentile(values, 95) ?? 0,
    p99: percentile(values, 99) ?? 0,
  };
}
