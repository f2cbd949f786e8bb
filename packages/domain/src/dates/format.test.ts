import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay } from './format.ts';

describe('formatDate', () => {
  it('writes dates the British way with a three-letter month', () => {
    expect(formatDate('2026-11-23T12:00:00Z')).toBe('23 Nov 2026');
    expect(formatDate('2026-09-03T12:00:00Z')).toBe('3 Sep 2026');
  });

  it('uses London time, so late evening in summer is already the next day', () => {
    expect(formatDate('2026-07-31T23:30:00Z')).toBe('1 Aug 2026');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 Dec 2026');
  });
});

describe('formatDateTime', () => {
  it('shows the 24-hour London time', () => {
    expect(formatDateTime('2026-11-23T15:04:00Z')).toBe('23 Nov 2026, 15:04');
    expect(formatDateTime('2026-06-01T08:00:00Z')).toBe('1 Jun 2026, 09:00');
  });
});

describe('formatDay', () => {
  it('writes a calendar date as it is, whatever the time zone', () => {
    expect(formatDay('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDay('2026-09-03')).toBe('3 Sep 2026');
    expect(formatDay('2026-03-29')).toBe('29 Mar 2026'); // the clocks go forward in London
    expect(formatDay('2027-01-01')).toBe(formatDate('2027-01-01T12:00:00Z'));
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(formatDay('soon')).toBe('soon');
  });
});
