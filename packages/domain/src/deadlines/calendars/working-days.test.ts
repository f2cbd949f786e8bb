import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../iso-date.ts';
import { addWorkingDays, isWorkingDay, nearestWorkingDay } from './working-days.ts';

const add = (date: string, n: number, j: Parameters<typeof isWorkingDay>[1] = 'england-and-wales') =>
  toIsoDate(addWorkingDays(toDayNumber(date), n, j).due);

describe('working days', () => {
  it('excludes weekends and bank holidays', () => {
    expect(isWorkingDay('2026-05-01', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-05-02', 'england-and-wales')).toBe(false);
    expect(isWorkingDay('2026-05-03', 'england-and-wales')).toBe(false);
    expect(isWorkingDay('2026-05-04', 'england-and-wales')).toBe(false);
    expect(isWorkingDay('2026-04-06', 'england-and-wales')).toBe(false);
    expect(isWorkingDay('2026-04-06', 'scotland')).toBe(true);
  });

  it('counts from the day after the trigger', () => {
    expect(add('2026-05-01', 1)).toBe('2026-05-05');
    expect(add('2026-05-01', 5)).toBe('2026-05-11');
    expect(add('2026-05-02', 1)).toBe('2026-05-05');
    expect(add('2026-05-05', 3)).toBe('2026-05-08');
    expect(add('2026-05-08', 1)).toBe('2026-05-11');
  });

  it('lists the bank holidays passed over', () => {
    const { skippedHolidays } = addWorkingDays(toDayNumber('2026-05-01'), 15, 'england-and-wales');
    expect(skippedHolidays.map(toIsoDate)).toEqual(['2026-05-04', '2026-05-25']);
  });

  it('finds the nearest working day forwards and backwards', () => {
    const near = (date: string, step: 1 | -1) =>
      toIsoDate(nearestWorkingDay(toDayNumber(date), step, 'england-and-wales'));
    expect(near('2026-12-25', 1)).toBe('2026-12-29');
    expect(near('2026-12-25', -1)).toBe('2026-12-24');
    expect(near('2026-12-28', -1)).toBe('2026-12-24');
    expect(near('2026-12-24', 1)).toBe('2026-12-24');
  });
});
