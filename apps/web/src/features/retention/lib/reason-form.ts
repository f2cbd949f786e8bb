import { RETENTION_TEXT_MAX, requiredText } from '@umbrella/domain';
import { z } from 'zod';

/** A reason or note as typed: required, at most RETENTION_TEXT_MAX characters. */
export function reasonFormSchema(label: string) {
  return z.object({ text: requiredText(RETENTION_TEXT_MAX, label) });
}
export type ReasonFormValues = { text: string };
