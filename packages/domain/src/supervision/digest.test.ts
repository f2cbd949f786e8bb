import { describe, expect, it } from 'vitest';
import { digestSendable, digestWeek, trendWeekEnds } from './digest.ts';

describe('digestWeek', () => {
  it('runs Monday to Sunday', () => {
    expect(digestWeek('2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(digestWeek('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(digestWeek('2026-12-06')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
  });

  it('crosses a year end', () => {
    expect(digestWeek('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });
});

describe('digestSendable', () => {
  it('waits until 07:00 on Monday, and any time later in the week', () => {
    expect(digestSendable('2026-11-23', 6)).toBe(false);
    expect(digestSendable('2026-11-23', 7)).toBe(true);
    expect(digestSendable('2026-11-25', 0)).toBe(true);
  });
});

describe('trendWeekEnds', () => {
  it('gives twelve Sundays, oldest first, ending with this week', () => {
    const weeks = trendWeekEnds('2026-12-02');
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe('2026-12-06');
    expect(weeks[0]).toBe('2026-09-20');
  });
});
