import { describe, expect, it } from 'vitest';
import { formatMinutes, formatMonth } from './dates.ts';

describe('counts', () => {
  it('writes months and time given', () => {
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatMonth('not a month')).toBe('not a month');
    expect(formatMinutes(750)).toBe('12 h 30 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(0)).toBe('0 min');
  });
});
