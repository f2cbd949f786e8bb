/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that arithmetic never touches local time.
 * Only `Date.UTC` and the `getUTC*` accessors are used.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const SUNDAY = 0;
export const MONDAY = 1;
export const SATURDAY = 6;

export interface YearMonthDay {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** `2026-02-30` and `2026-2-3` are not dates: returns null. */
export function parseIsoDate(text: string): YearMonthDay | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function dayNumber(year: number, month: number, day: number): DayNumber {
  // Date.UTC maps years 0 to 99 onto 1900 to 1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Throws on a malformed or impossible date; callers validate user input first. */
export function toDayNumber(iso: string): DayNumber {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date: ${iso}`);
  return dayNumber(parts.year, parts.month, parts.day);
}

export function fromDayNumber(n: DayNumber): YearMonthDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 for Sunday to 6 for Saturday (1 Jan 1970 was a Thursday). */
export function weekday(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(n: DayNumber): boolean {
  const d = weekday(n);
  return d === SATURDAY || d === SUNDAY;
}

export function weekdayName(n: DayNumber): string {
  return WEEKDAY_NAMES[weekday(n)] ?? '';
}

export function monthAbbreviation(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** `Mon 20 Apr 2026`. */
export function formatLongDate(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${WEEKDAYS[weekday(n)]} ${day} ${monthAbbreviation(month)} ${year}`;
}

/** `Mon 4 May`, for lists of days within a sentence that already names the year. */
export function formatShortDate(n: DayNumber): string {
  const { month, day } = fromDayNumber(n);
  return `${WEEKDAYS[weekday(n)]} ${day} ${monthAbbreviation(month)}`;
}

export interface MonthShift {
  due: DayNumber;
  /** The day of the month asked for, when the target month is too short for it (31 Apr, 29 Feb 2029). */
  clampedFrom: YearMonthDay | null;
}

/** The same day of the month `months` later; the last day of that month when the day does not exist. */
export function addMonths(n: DayNumber, months: number): MonthShift {
  const start = fromDayNumber(n);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  if (start.day <= last) return { due: dayNumber(year, month, start.day), clampedFrom: null };
  return { due: dayNumber(year, month, last), clampedFrom: { year, month, day: start.day } };
}

/** The `ordinal`th (1-based) given weekday of a month, or the last one when `ordinal` is 'last'. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  day: number,
  ordinal: number | 'last',
): DayNumber {
  if (ordinal === 'last') {
    const last = dayNumber(year, month, daysInMonth(year, month));
    return last - ((weekday(last) - day + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  return first + ((day - weekday(first) + 7) % 7) + 7 * (ordinal - 1);
}
