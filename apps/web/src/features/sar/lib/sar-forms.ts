import { SAR_CHANNELS, SAR_NOTE_MAX } from '@umbrella/domain';
import { z } from 'zod';
import { occurredOnSchema } from '../../matters/lib/stage-form.ts';

const note = z
  .string()
  .trim()
  .max(SAR_NOTE_MAX, `The note must be at most ${SAR_NOTE_MAX.toLocaleString('en-GB')} characters`);

/** The "record a request" form as typed. */
export const recordSarFormSchema = z.object({
  receivedOn: occurredOnSchema,
  receivedVia: z.enum(SAR_CHANNELS, { error: 'Choose how the request reached us' }),
  identityChecked: z.boolean(),
  note,
});
export type RecordSarForm = z.infer<typeof recordSarFormSchema>;

/** The "mark as answered" form as typed. */
export const completeSarFormSchema = z.object({ completedOn: occurredOnSchema, note });
export type CompleteSarForm = z.infer<typeof completeSarFormSchema>;

/** Empty text is no note at all. */
export const noteOrNull = (text: string) => (text.trim() ? text.trim() : null);
