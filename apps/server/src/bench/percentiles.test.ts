import { describe, expect, it } from 'vitest';
import { percentile, summariseLatencies } from './percentiles.ts';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('rounds the rank up on short lists', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
    // 40 % of 3 values is rank 1.2: the second value, never the first.
    expect(percentile([10, 20, 30], 40)).toBe(20);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 91)).toBe(10);
  });

  it('has nothing for an empty list, and refuses a percentile out of range', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
    expect(() => percentile(hundred, Number.NaN)).toThrow(RangeError);
  });
});

describe('summariseLatencies', () => {
  it('sorts numerically, not as text, and leaves the input alone', () => {
    const latencies = [100, 9, 25, 3, 1000, 42, 7, 8, 60, 11];
    const copy = [...latencies];
    expect(summariseLatencies(latencies)).toEqual({ p50: 11, p95: 1000, p99: 1000 });
    expect(latencies).toEqual(copy);
  });

  it('summarises a long run', () => {
    const latencies = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(summariseLatencies(latencies)).toEqual({ p50: 500, p95: 950, p99: 990 });
  });

  it('is null when nothing was answered', () => {
    expect(summariseLatencies([])).toBeNull();
  });
});
