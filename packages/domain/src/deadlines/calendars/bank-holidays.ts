import {
  dayNumber,
  fromDayNumber,
  isWeekend,
  MONDAY,
  nthWeekdayOfMonth,
  toDayNumber,
  toIsoDate,
  type DayNumber,
} from '../iso-date.ts';
import { easterSunday } from './easter.ts';
import type { Jurisdiction } from './jurisdictions.ts';
import { ONE_OFF_BANK_HOLIDAYS } from './one-off-days.ts';

/**
 * The last year for which gov.uk has published the bank holidays. Later years are computed by the same rules
 * (Banking and Financial Dealings Act 1971 Sch 1 and the usual proclamations) but may still change.
 */
export const LAST_PUBLISHED_BANK_HOLIDAY_YEAR = 2027;

export interface BankHoliday {
  /** `YYYY-MM-DD`, the day actually off (a substitute day when the holiday fell at a weekend). */
  date: string;
  /** As gov.uk writes it: "Boxing Day (substitute day)". */
  name: string;
  /** The holiday itself: "Boxing Day". */
  holiday: string;
  substitute: boolean;
}

interface Holiday {
  day: DayNumber;
  name: string;
}

/** Days that fall on a fixed date and so need a substitute day when that date is a Saturday or Sunday. */
function fixedDateHolidays(year: number, jurisdiction: Jurisdiction): Holiday[] {
  const on = (month: number, day: number, name: string): Holiday => ({
    day: dayNumber(year, month, day),
    name,
  });
  const days = [on(1, 1, "New Year's Day")];
  if (jurisdiction === 'scotland') days.push(on(1, 2, '2nd January'));
  if (jurisdiction === 'northern-ireland') {
    days.push(on(3, 17, "St Patrick's Day"), on(7, 12, 'Battle of the Boyne'));
  }
  if (jurisdiction === 'scotland') days.push(on(11, 30, "St Andrew's Day"));
  days.push(on(12, 25, 'Christmas Day'), on(12, 26, 'Boxing Day'));
  return days;
}

/** Days defined by the weekday they fall on, so never at a weekend. */
function weekdayHolidays(year: number, jurisdiction: Jurisdiction): Holiday[] {
  const easter = easterSunday(year);
  const days: Holiday[] = [{ day: easter - 2, name: 'Good Friday' }];
  if (jurisdiction !== 'scotland') days.push({ day: easter + 1, name: 'Easter Monday' });
  days.push(
    { day: nthWeekdayOfMonth(year, 5, MONDAY, 1), name: 'Early May bank holiday' },
    { day: nthWeekdayOfMonth(year, 5, MONDAY, 'last'), name: 'Spring bank holiday' },
    jurisdiction === 'scotland'
      ? { day: nthWeekdayOfMonth(year, 8, MONDAY, 1), name: 'Summer bank holiday' }
      : { day: nthWeekdayOfMonth(year, 8, MONDAY, 'last'), name: 'Summer bank holiday' },
  );
  return days;
}

function computeYear(year: number, jurisdiction: Jurisdiction): BankHoliday[] {
  const taken = new Map<DayNumber, BankHoliday>();
  const take = (day: DayNumber, holiday: string, substitute: boolean) =>
    taken.set(day, {
      date: toIsoDate(day),
      name: substitute ? `${holiday} (substitute day)` : holiday,
      holiday,
      substitute,
    });

  for (const h of weekdayHolidays(year, jurisdiction)) take(h.day, h.name, false);
  for (const change of ONE_OFF_BANK_HOLIDAYS) {
    if (fromDayNumber(toDayNumber(change.date)).year !== year) continue;
    if (change.replaces) taken.delete(toDayNumber(change.replaces));
    take(toDayNumber(change.date), change.name, false);
  }
  const fixed = fixedDateHolidays(year, jurisdiction);
  for (const h of fixed) if (!isWeekend(h.day)) take(h.day, h.name, false);
  // A holiday at a weekend moves to the next weekday that is not already a holiday, earliest first:
  // Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28.
  for (const h of fixed) {
    if (!isWeekend(h.day)) continue;
    let day = h.day + 1;
    while (isWeekend(day) || taken.has(day)) day += 1;
    take(day, h.name, true);
  }
  return [...taken.entries()].sort(([a], [b]) => a - b).map(([, holiday]) => holiday);
}

const cache = new Map<string, { list: readonly BankHoliday[]; byDay: ReadonlyMap<DayNumber, BankHoliday> }>();

function yearCalendar(year: number, jurisdiction: Jurisdiction) {
  const key = `${jurisdiction}:${year}`;
  let entry = cache.get(key);
  if (!entry) {
    const list = Object.freeze(computeYear(year, jurisdiction));
    entry = { list, byDay: new Map(list.map((h) => [toDayNumber(h.date), h])) };
    cache.set(key, entry);
  }
  return entry;
}

/** The bank holidays of one year in one jurisdiction, in date order. */
export function bankHolidaysFor(year: number, jurisdiction: Jurisdiction): readonly BankHoliday[] {
  return yearCalendar(year, jurisdiction).list;
}

/** The bank holiday on that day, if any (a substitute day carries the name of the holiday it replaces). */
export function bankHolidayOn(day: DayNumber, jurisdiction: Jurisdiction): BankHoliday | undefined {
  return yearCalendar(fromDayNumber(day).year, jurisdiction).byDay.get(day);
}

export function isBeyondPublishedCalendar(day: DayNumber): boolean {
  return fromDayNumber(day).year > LAST_PUBLISHED_BANK_HOLIDAY_YEAR;
}
