import { calendarDateSchema, optionalText } from '@umbrella/domain';
import { z } from 'zod';
import { todayInLondon } from '../../../lib/dates.ts';

/** "The date it happened": a real date, and not later than today in London. */
export const occurredOnSchema = calendarDateSchema.refine((date) => date <= todayInLondon(), {
  message: 'The date it happened cannot be in the future',
});

export const stageChangeFormSchema = z.object({
  toStage: z.string().min(1, 'Choose the stage it has moved to'),
  occurredOn: occurredOnSchema,
  note: optionalText(2000, 'Note'),
});

export const datedNoteFormSchema = z.object({
  occurredOn: occurredOnSchema,
  note: optionalText(2000, 'Note'),
});

export const MATTER_CONFLICT_MESSAGE =
  'Someone else changed this matter while you were working on it. It now shows their changes: check it, then make yours again.';
