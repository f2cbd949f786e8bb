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
