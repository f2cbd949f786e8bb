import { instantToLondonLocal, ORGANISATION_TIME_ZONE } from '@umbrella/domain';

/**
 * Calendar dates (`YYYY-MM-DD`) are days, not instants: they are formatted and compared as written, never
 * through a time zone, so 23 Nov stays 23 Nov wherever the browser is.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export function parseCalendarDate(date: string): CalendarParts | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** `2026-11-23` -> `23 Nov 2026`. Anything that is not a calendar date is returned as it is. */
export function formatCalendarDate(date: string | null | undefined): string {
  if (!date) return '';
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  return `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

/** `2026-11` -> `Nov 2026`, for approximate dates. */
export function formatMonthYear(date: string): string {
  const parts = parseCalendarDate(date);
  return parts ? `${MONTHS[parts.month - 1] ?? ''} ${parts.year}` : date;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Days since 1970-01-01 for a calendar date: a number to place it on a time axis. */
export function dayNumber(date: string): number {
  const parts = parseCalendarDate(date);
  if (!parts) return Number.NaN;
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

/** A real calendar date `YYYY-MM-DD` between 2000 and 2099 (what the server accepts; 2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (value < '2000-01-01' || value > '2099-12-31') return false;
  return fromDayNumber(dayNumber(value)) === value;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  return fromDayNumber(day - ((day + 3) % 7));
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const londonDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: ORGANISATION_TIME_ZONE,
});

/** Today in London as `YYYY-MM-DD`: the default for "the date it happened". */
export function todayInLondon(now: Date = new Date()): string {
  const parts = Object.fromEntries(londonDate.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `2026-11` -> `Nov 2026`. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}` : month;
}

/** 750 -> `12 h 30 min`; 45 -> `45 min`; 120 -> `2 h`; 0 -> `0 min`. */
export function formatMinutes(total: number): string {
  const minutes = Math.max(0, Math.round(total));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * `2026-12-04T14:00` (London wall clock) -> `Fri 4 Dec`, with the year only when it is not the year of
 * `today` (`YYYY-MM-DD`), so a phone screen stays short.
 */
export function formatLocalDay(local: string, today: string): string {
  const parts = parseCalendarDate(local.slice(0, 10));
  if (!parts) return local;
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()] ?? '';
  const year = String(parts.year) === today.slice(0, 4) ? '' : ` ${parts.year}`;
  return `${weekday} ${parts.day} ${monthName(parts.month)}${year}`;
}

/** An instant as `Fri 11 Dec, 15:30` (London). */
export function formatDayAndTime(instant: string, today: string): string {
  const local = instantToLondonLocal(instant);
  return `${formatLocalDay(local, today)}, ${local.slice(11, 16)}`;
}
