import { z } from 'zod';
import { occurredOnSchema } from '../../matters/lib/stage-form.ts';
import {
  bodySchema,
  checkCounterpart,
  checkReplyDue,
  counterpartSchema,
  replyDueSchema,
  subjectSchema,
} from './log-form.ts';
import type { CommunicationView, UpdateCommunicationInput } from './types.ts';

export const editFormSchema = z
  .object({
    ...counterpartSchema,
    occurredOn: occurredOnSchema,
    subject: subjectSchema,
    body: bodySchema,
    replyDue: replyDueSchema,
  })
  .superRefine((value, ctx) => {
    checkCounterpart(value, ctx);
    checkReplyDue(value, ctx);
  });

export type EditFormValues = z.input<typeof editFormSchema>;

export const EDIT_FIELDS = [
  'agencyId',
  'contactId',
  'counterpartName',
  'occurredOn',
  'subject',
  'body',
  'replyDue',
] as const;

export function editFormValues(c: CommunicationView): EditFormValues {
  return {
    agencyId: c.agencyId ?? '',
    contactId: c.contactId ?? '',
    counterpartName: c.agencyId ? '' : (c.counterpartName ?? ''),
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
    agencyId: values.agencyId || null,
    contactId: (values.agencyId && values.contactId) || null,
    counterpartName: values.agencyId ? null : values.counterpartName.trim() || null,
    occurredOn: values.occurredOn,
    subject: values.subject.trim(),
    body: values.body.trim() || null,
    replyDue: (c.replyState && values.replyDue) || null,
  };
}
