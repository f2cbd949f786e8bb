import { addCalendarDays } from '../deadlines/today.ts';
import { toDayNumber, weekday } from '../deadlines/iso-date.ts';

export interface DigestWeek {
  /** Monday. */
  start: string;
  /** Sunday. */
  end: string;
}

/** The Monday-to-Sunday week holding `day` (`YYYY-MM-DD`). */
export function digestWeek(day: string): DigestWeek {
  const sinceMonday = (weekday(toDayNumber(day)) + 6) % 7;
  const start = addCalendarDays(day, -sinceMonday);
  return { start, end: addCalendarDays(start, 6) };
}

/** The e-mailed digest goes out from this hour (London) on Monday, or at the first chance later in the week. */
export const DIGEST_SEND_HOUR = 7;

/** Whether this week's e-mail may be sent at London day `today`, hour `hour` (0–23). */
export function digestSendable(today: string, hour: number): boolean {
  return today !== digestWeek(today).start || hour >= DIGEST_SEND_HOUR;
}

/** The twelve weeks ending with the week holding `today`: each week's last day (Sunday), oldest first. */
export function trendWeekEnds(today: string, weeks = 12): string[] {
  const end = digestWeek(today).end;
  return Array.from({ length: weeks }, (_, i) => addCalendarDays(end, -7 * (weeks - 1 - i)));
}
