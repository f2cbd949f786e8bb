import { ORGANISATION_TIME_ZONE } from '../dates/format.ts';
import { toDayNumber, toIsoDate } from './iso-date.ts';

const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORGANISATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in London at `now`, as `YYYY-MM-DD` (deadlines are days in the UK, not instants). */
export function londonToday(now: Date): string {
  return isoDate.format(now);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addCalendarDays(date: string, days: number): string {
  return toIsoDate(toDayNumber(date) + days);
}
