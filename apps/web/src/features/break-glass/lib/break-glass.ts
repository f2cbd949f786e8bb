import { breakGlassUntilText, formatDateTime, RESTRICTED_RECORD_MESSAGE } from '@umbrella/domain';
import { errorCode, errorMessage } from '../../../lib/errors.ts';

/** A client record refused because it is restricted to a team the caller is not on: break-glass may open it. */
export function isRestrictedRefusal(error: unknown): boolean {
  return errorCode(error) === 'FORBIDDEN' && errorMessage(error) === RESTRICTED_RECORD_MESSAGE;
}

/** The client page's banner while the caller's grant runs. */
export function breakGlassBannerText(expiresAt: string, now: Date): string {
  return `You opened this restricted record with break-glass until ${breakGlassUntilText(expiresAt, now)}. Your reason and every view are recorded.`;
}

/**
 * When a grant ran, for the supervisors' list: `23 Nov 2026, 13:05 until 14:05` (the end's day is given
 * only when it is not the day it opened), and whether it still runs.
 */
export function grantPeriodText(grant: { openedAt: string; expiresAt: string; running: boolean }): string {
  const until = breakGlassUntilText(grant.expiresAt, new Date(grant.openedAt));
  return `${formatDateTime(grant.openedAt)} until ${until}${grant.running ? ' (still running)' : ''}`;
}

/**
 * Milliseconds from `now` until a grant ends (never negative), for the page to look again then; null when too
 * far off for a browser timer (it never is: a grant lasts at most 8 hours).
 */
export function msUntilEnd(expiresAt: string, now: Date): number | null {
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (Number.isNaN(ms)) return null;
  return ms > 2_147_483_647 ? null : Math.max(0, ms);
}

/** "Showing 21 to 40 of 45", for a list read a page at a time by offset. */
export function pageRangeText(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return 'None to show';
  if (shown === total) return total === 1 ? 'Showing 1' : `Showing all ${total}`;
  return `Showing ${offset + 1} to ${offset + shown} of ${total}`;
}
