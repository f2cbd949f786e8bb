import { z } from 'zod';

/** A calendar date on the wire: `YYYY-MM-DD`. */
export const calendarDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD, for example 2026-11-23' });

/** Optional free text: trimmed, empty becomes null, capped. */
export const optionalText = (max: number, label = 'This') =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}`)
    .max(max, `${label} must be at most ${max} characters`);

/** What the browser is told when a page cursor is not one the server gave out (or no longer names a row). */
export const INVALID_PAGE_CURSOR = 'The page cursor is not valid. Start again from the first page.';

/**
 * The `nextCursor` a list returned, sent back for the next page: opaque to the browser, checked again by the
 * server (a tampered one is refused naming `cursor`, never a database error).
 */
export const pageCursorSchema = z
  .string({ error: INVALID_PAGE_CURSOR })
  .min(1, INVALID_PAGE_CURSOR)
  .max(300, INVALID_PAGE_CURSOR)
  .optional();

/** How many rows one page holds: a whole number from 1 to `max` (every list has a hard upper limit). */
export const pageLimitSchema = (max: number, fallback: number) => {
  const message = `Ask for a whole number from 1 to ${max} at a time`;
  return z.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback);
};
