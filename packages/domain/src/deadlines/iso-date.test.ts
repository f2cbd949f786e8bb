import { afterEach, describe, expect, it } from 'vitest';
import {
  addMonths,
  formatLongDate,
  isIsoDate,
  nthWeekdayOfMonth,
  toDayNumber,
  toIsoDate,
  weekday,
  MONDAY,
} from './iso-date.ts';

const iso = (n: number) => toIsoDate(n);
const months = (date: string, n: number) => iso(addMonths(toDayNumber(date), n).due);

describe('calendar dates as day numbers', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-04-20')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-4-2')).toBe(false);
    expect(isIsoDate('2026-04-20T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2026-04-20')).toBe(false);
  });

  it('round-trips and knows the weekday', () => {
    expect(iso(toDayNumber('2026-04-20'))).toBe('2026-04-20');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekday(toDayNumber('2026-04-20'))).toBe(MONDAY);
    expect(formatLongDate(toDayNumber('2026-04-20'))).toBe('Mon 20 Apr 2026');
    expect(formatLongDate(toDayNumber('2028-02-29'))).toBe('Tue 29 Feb 2028');
    expect(formatLongDate(toDayNumber('1990-01-01'))).toBe('Mon 1 Jan 1990');
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(months('2026-01-31', 1)).toBe('2026-02-28');
    expect(months('2028-01-31', 1)).toBe('2028-02-29');
    expect(months('2026-03-31', 1)).toBe('2026-04-30');
    expect(months('2026-01-15', 1)).toBe('2026-02-15');
    expect(months('2026-11-30', 3)).toBe('2027-02-28');
    expect(months('2026-08-31', 6)).toBe('2027-02-28');
    expect(months('2028-02-29', 12)).toBe('2029-02-28');
    expect(months('2028-02-29', 48)).toBe('2032-02-29');
    expect(months('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths(toDayNumber('2026-03-31'), 1).clampedFrom).toEqual({ year: 2026, month: 4, day: 31 });
    expect(addMonths(toDayNumber('2026-03-30'), 1).clampedFrom).toBeNull();
  });

  it('finds the first and last Monday of a month', () => {
    expect(iso(nthWeekdayOfMonth(2026, 5, MONDAY, 1))).toBe('2026-05-04');
    expect(iso(nthWeekdayOfMonth(2026, 5, MONDAY, 'last'))).toBe('2026-05-25');
    expect(iso(nthWeekdayOfMonth(2026, 6, MONDAY, 1))).toBe('2026-06-01');
    expect(iso(nthWeekdayOfMonth(2027, 5, MONDAY, 'last'))).toBe('2027-05-31');
    expect(iso(nthWeekdayOfMonth(2026, 8, MONDAY, 'last'))).toBe('2026-08-31');
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'America/St_Johns'])(
    'gives the same answers in %s',
    (zone) => {
      process.env.TZ = zone;
      // The zone really changed: noon UTC on 1 Jan is already 2 Jan at Kiritimati (UTC+14).
      expect(new Date('2026-01-01T12:00:00Z').getDate()).toBe(zone === 'Pacific/Kiritimati' ? 2 : 1);
      expect(iso(toDayNumber('2026-03-29'))).toBe('2026-03-29');
      expect(formatLongDate(toDayNumber('2026-10-25'))).toBe('Sun 25 Oct 2026');
      expect(iso(toDayNumber('2026-03-29') + 1)).toBe('2026-03-30');
      expect(months('2026-01-31', 1)).toBe('2026-02-28');
    },
  );
});
