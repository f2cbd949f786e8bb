import { z } from 'zod';
import type { RouterInputs } from '../../../lib/api-types.ts';

export type ReassignInput = RouterInputs['supervision']['reassign'];

export const REASSIGN_REASON_MAX = 500;

export const reassignFormSchema = z.object({
  keyWorkerId: z.string().min(1, 'Choose the new key worker'),
  reason: z
    .string()
    .trim()
    .max(REASSIGN_REASON_MAX, `Keep the reason to ${REASSIGN_REASON_MAX} characters or fewer`),
});

export type ReassignFormValues = z.input<typeof reassignFormSchema>;

/** The server's field names that have a place in the form; `personIds` is said above it. */
export const REASSIGN_FIELDS = ['keyWorkerId', 'reason'] as const;

export function toReassignInput(
  values: z.output<typeof reassignFormSchema>,
  personIds: readonly string[],
): ReassignInput {
  return {
    personIds: [...personIds],
    keyWorkerId: values.keyWorkerId,
    reason: values.reason === '' ? null : values.reason,
  };
}

/** "Move 3 clients to…": the submit button names how many will move. */
export function reassignButtonText(count: number): string {
  return count === 1 ? 'Change key worker' : `Move ${count} clients`;
}
