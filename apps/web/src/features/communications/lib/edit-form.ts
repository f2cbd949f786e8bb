import { z } from 'zod';
import {
  checkCounterpart,
  checkReplyDue,
  COMMUNICATION_FIELDS,
  communicationFieldsInput,
  communicationFieldsSchema,
  counterpartValues,
  replyDueSchema,
} from './communication-fields.ts';
import type { CommunicationView, UpdateCommunicationInput } from './types.ts';

export const editFormSchema = z
  .object({ ...communicationFieldsSchema, replyDue: replyDueSchema })
  .superRefine((value, ctx) => {
    checkCounterpart(value, ctx);
    checkReplyDue(value, ctx);
  });

export type EditFormValues = z.input<typeof editFormSchema>;

export const EDIT_FIELDS = [...COMMUNICATION_FIELDS, 'replyDue'] as const;

export function editFormValues(c: CommunicationView): EditFormValues {
  return {
    ...counterpartValues(c),
    occurredOn: c.occurredOn,
    subject: c.subject,
    body: c.body ?? '',
    replyDue: c.replyDue ?? '',
  };
}

export function toUpdateInput(c: CommunicationView, values: EditFormValues): UpdateCommunicationInput {
  return {
    id: c.id,
    version: c.version,
    ...communicationFieldsInput(values),
    replyDue: (c.replyState && values.replyDue) || null,
  };
}
