import { dayNumber, fromDayNumber, isCalendarDate, mondayOf } from '../../../lib/dates.ts';

/**
 * The digest's address: which week, as its Monday (`?weekOf=2026-11-30`). Left out for this week, so the
 * plain `/digest` is always this week. Checked by shape only, so the router's first download stays small.
 */
export interface DigestSearch {
  weekOf?: string | undefined;
}

/**
 * Anything malformed is dropped (an old or mistyped link still opens, on this week); any day means its week.
 * The key is always returned, `undefined` when dropped: the router merges this over the raw search, so
 * leaving it out would let a malformed value through.
 */
export function validateDigestSearch(search: Record<string, unknown>): DigestSearch {
  return { weekOf: isCalendarDate(search.weekOf) ? mondayOf(search.weekOf) : undefined };
}

/** The Monday of the week shown. */
export function digestWeekStart(search: DigestSearch, today: string): string {
  return search.weekOf ?? mondayOf(today);
}

/** The address of the week starting `weekStart`, `weeks` weeks on (or back): this week's is the plain one. */
export function digestSearchFor(weekStart: string, weeks: number, today: string): DigestSearch {
  const monday = fromDayNumber(dayNumber(weekStart) + 7 * weeks);
  return monday === mondayOf(today) ? {} : { weekOf: monday };
}

/** Whether the week starting `weekStart` is this week, an earlier one or a later one. */
export function weekTense(weekStart: string, today: string): 'this' | 'past' | 'future' {
  const current = mondayOf(today);
  if (weekStart === current) return 'this';
  return weekStart < current ? 'past' : 'future';
}
