import { daysText } from './format.ts';

/** The row a chart click landed on: the chart reports it as a number or a numeric string, or not at all. */
export function chartIndex(active: unknown): number | null {
  if (typeof active === 'number') return Number.isInteger(active) && active >= 0 ? active : null;
  return typeof active === 'string' && /^\d{1,6}$/.test(active) ? Number(active) : null;
}

/** The row a chart click landed on, if any (an index the chart reports that no row has is no row). */
export function chartRow<T>(rows: readonly T[], active: unknown): T | undefined {
  const index = chartIndex(active);
  return index === null ? undefined : rows[index];
}

/** "12 days" (a median may fall between two days: rounded), or "None yet" when no stay has ended to measure. */
export function daysOrNone(days: number | null): string {
  return days === null ? 'None yet' : daysText(Math.round(days));
}
