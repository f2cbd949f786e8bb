import { calendarDateSchema, isRuleId, jurisdictionSchema } from '@umbrella/domain';
import { z } from 'zod';

export const ruleDeadlineFormSchema = z.object({
  ruleId: z.string().refine(isRuleId, { message: 'Choose a deadline rule' }),
  triggerDate: calendarDateSchema,
  matterId: z.string(),
  jurisdiction: jurisdictionSchema,
});

export const dateDeadlineFormSchema = z.object({
  due: calendarDateSchema,
  title: z
    .string()
    .trim()
    .min(1, 'Say what the deadline is for')
    .max(200, 'Keep the reason to 200 characters or fewer'),
  matterId: z.string(),
});

export const waiveFormSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason for waiving this deadline')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});

export const DEADLINE_CONFLICT_MESSAGE =
  'Someone else changed this deadline while you were working on it. It now shows their change: check it, then try again.';
