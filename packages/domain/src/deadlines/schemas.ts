import { z } from 'zod';
import { jurisdictionSchema } from './calendars/jurisdictions.ts';
import { isIsoDate } from './iso-date.ts';
import { ruleIdSchema } from './rules.ts';

/** Earliest trigger date the engine accepts. */
export const EARLIEST_TRIGGER = '1990-01-01';
/** Latest trigger date the engine accepts whatever the day (dates later still are refused). */
export const LATEST_TRIGGER = '2099-12-31';
/** Longest configurable period, in the rule's own unit. */
export const MAX_CONFIGURED_PERIOD = 366;

export const deadlineDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD, for example 2026-11-23' })
  .refine(isIsoDate, { error: 'Enter a real date as YYYY-MM-DD, for example 2026-11-23', abort: true })
  .refine((d) => d >= EARLIEST_TRIGGER, { error: 'Enter a date in 1990 or later' })
  .refine((d) => d <= LATEST_TRIGGER, { error: 'Enter a date before 2100' });

/** What the API accepts; the server adds `today` from its clock before calling `computeDeadline`. */
export const computeDeadlineInput = z.object({
  rule: ruleIdSchema,
  trigger: deadlineDateSchema,
  jurisdiction: jurisdictionSchema.default('england-and-wales'),
  /** Only for configurable rules (move-on period, reply expected): the period in the rule's unit. */
  period: z
    .number({ error: 'Enter the period as a whole number' })
    .int({ error: 'Enter the period as a whole number' })
    .min(1, { error: 'The period must be at least 1' })
    .max(MAX_CONFIGURED_PERIOD, { error: `The period must be at most ${MAX_CONFIGURED_PERIOD}` })
    .optional(),
});
export type ComputeDeadlineInput = z.input<typeof computeDeadlineInput>;
