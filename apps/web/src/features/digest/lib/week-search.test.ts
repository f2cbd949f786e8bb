import { describe, expect, it } from 'vitest';
import { mondayOf } from '../../../lib/dates.ts';
import { digestSearchFor, digestWeekStart, validateDigestSearch, weekTense } from './week-search.ts';

const TODAY = '2026-12-02'; // a Wednesday; its week starts on Monday 30 Nov 2026

describe('the digest’s week in the address', () => {
  it('finds the Monday of any day, across months and years', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf(TODAY)).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('1970-01-01')).toBe('1969-12-29');
  });

  it('keeps a real date, as its week’s Monday, and drops anything else', () => {
    expect(validateDigestSearch({ weekOf: '2026-12-03' })).toEqual({ weekOf: '2026-11-30' });
    // The key stays, undefined: the router merges the result over the raw search.
    const dropped = { weekOf: undefined };
    expect(validateDigestSearch({ weekOf: '2026-02-30' })).toStrictEqual(dropped);
    expect(validateDigestSearch({ weekOf: '30 Nov 2026' })).toStrictEqual(dropped);
    expect(validateDigestSearch({ weekOf: 20261130 })).toStrictEqual(dropped);
    expect(validateDigestSearch({ weekOf: '1999-12-27' })).toStrictEqual(dropped);
    expect(validateDigestSearch({ weekOf: '<script>', other: 'x' })).toStrictEqual(dropped);
    expect(validateDigestSearch({})).toStrictEqual(dropped);
  });

  it('shows this week without a date', () => {
    expect(digestWeekStart({}, TODAY)).toBe('2026-11-30');
    expect(digestWeekStart({ weekOf: '2026-11-23' }, TODAY)).toBe('2026-11-23');
  });

  it('links the weeks before and after, leaving this week’s address plain', () => {
    expect(digestSearchFor('2026-11-30', -1, TODAY)).toEqual({ weekOf: '2026-11-23' });
    expect(digestSearchFor('2026-11-30', 1, TODAY)).toEqual({ weekOf: '2026-12-07' });
    expect(digestSearchFor('2026-11-23', 1, TODAY)).toEqual({});
    expect(digestSearchFor('2026-12-28', 1, TODAY)).toEqual({ weekOf: '2027-01-04' });
  });

  it('knows this week from the others', () => {
    expect(weekTense('2026-11-30', TODAY)).toBe('this');
    expect(weekTense('2026-11-23', TODAY)).toBe('past');
    expect(weekTense('2026-12-07', TODAY)).toBe('future');
  });
});
