import { instantToLondonLocal } from '@umbrella/domain';
import { monthName, parseCalendarDate } from '../../../lib/dates.ts';

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

/** `Fri 4 Dec, 14:00–15:30`; past midnight, `Fri 4 Dec, 22:00 to Sat 5 Dec, 01:00`. */
export function formatWhen(startLocal: string, endLocal: string, today: string): string {
  const startDay = formatLocalDay(startLocal, today);
  const start = startLocal.slice(11, 16);
  const end = endLocal.slice(11, 16);
  if (startLocal.slice(0, 10) === endLocal.slice(0, 10)) return `${startDay}, ${start}–${end}`;
  return `${startDay}, ${start} to ${formatLocalDay(endLocal, today)}, ${end}`;
}

/** An instant as `Fri 11 Dec, 15:30` (London). */
export function formatDayAndTime(instant: string, today: string): string {
  const local = instantToLondonLocal(instant);
  return `${formatLocalDay(local, today)}, ${local.slice(11, 16)}`;
}

/** `Booked: Tigrinya`, `Needed: Tigrinya, not booked yet`, `Not needed`. */
export function interpreterText(interpreter: {
  needed: boolean;
  language: string | null;
  booked: boolean;
}): string {
  if (!interpreter.needed) return 'Not needed';
  const language = interpreter.language ? `: ${interpreter.language}` : '';
  return interpreter.booked ? `Booked${language}` : `Needed${language}, not booked yet`;
}
