import { isWeekend, toDayNumber, type DayNumber } from '../iso-date.ts';
import { bankHolidayOn } from './bank-holidays.ts';
import type { Jurisdiction } from './jurisdictions.ts';

/** Not a Saturday, a Sunday or a bank holiday of the jurisdiction. */
export function isWorkingDayNumber(day: DayNumber, jurisdiction: Jurisdiction): boolean {
  return !isWeekend(day) && !bankHolidayOn(day, jurisdiction);
}

/** `isWorkingDay('2026-05-04', 'england-and-wales')` is false (Early May bank holiday). */
export function isWorkingDay(date: string, jurisdiction: Jurisdiction): boolean {
  return isWorkingDayNumber(toDayNumber(date), jurisdiction);
}

/** The day itself when it is a working day, else the next (step 1) or previous (step -1) working day. */
export function nearestWorkingDay(day: DayNumber, step: 1 | -1, jurisdiction: Jurisdiction): DayNumber {
  let d = day;
  while (!isWorkingDayNumber(d, jurisdiction)) d += step;
  return d;
}

export interface WorkingDayCount {
  due: DayNumber;
  /** Bank holidays on weekdays passed over while counting. */
  skippedHolidays: DayNumber[];
}

/** The `n`th working day after `start`; `start` itself is never counted. */
export function addWorkingDays(start: DayNumber, n: number, jurisdiction: Jurisdiction): WorkingDayCount {
  const skippedHolidays: DayNumber[] = [];
  let day = start;
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (isWeekend(day)) continue;
    if (bankHolidayOn(day, jurisdiction)) skippedHolidays.push(day);
    else counted += 1;
  }
  return { due: day, skippedHolidays };
}
