import { calendarDateSchema, COMMUNICATION_BODY_MAX, COMMUNICATION_SUBJECT_MAX } from '@umbrella/domain';
import { z } from 'zod';
import { todayInLondon } from '../../../lib/dates.ts';

// What the log and edit forms have in common: who it was with, when, the subject and the text, and the
// date a reply is due. Each form adds its own fields and rules around these.

/** The schemas of who, when, the subject and the text, to spread into each form's `z.object`. */
export const communicationFieldsSchema = {
  /** Who it was with: an agency of the directory (and a contact there), or a name. */
  agencyId: z.string(),
  contactId: z.string(),
  counterpartName: z.string().trim().max(200, 'Keep the name to 200 characters or fewer'),
  // Worded like the server's refusal: the field is "Date sent", "Date received" or "Date it took place".
  occurredOn: calendarDateSchema.refine((date) => date <= todayInLondon(), {
    message: 'The date sent or received cannot be in the future',
  }),
  subject: z
    .string()
    .trim()
    .min(1, 'Give it a subject, for example “Request for the crime reference number”')
    .max(COMMUNICATION_SUBJECT_MAX, `Keep the subject to ${COMMUNICATION_SUBJECT_MAX} characters or fewer`),
  body: z.string().max(COMMUNICATION_BODY_MAX, 'The text is too long: attach it as a file instead'),
};

/** The same fields, for the server's errors, in the order the forms show them. */
export const COMMUNICATION_FIELDS = [
  'agencyId',
  'contactId',
  'counterpartName',
  'occurredOn',
  'subject',
  'body',
] as const;

/** An empty box, or a date no earlier than the day it was sent. */
export const replyDueSchema = z.union([z.literal(''), calendarDateSchema]);

type CounterpartValues = { agencyId: string; contactId: string; counterpartName: string };
type CommunicationFieldValues = CounterpartValues & { occurredOn: string; subject: string; body: string };

export function checkCounterpart(
  value: { agencyId: string; counterpartName: string },
  ctx: z.RefinementCtx,
): void {
  if (!value.agencyId && !value.counterpartName) {
    // On the name box, a real input just below the agency search: the form focuses it and it is in view.
    ctx.addIssue({
      code: 'custom',
      path: ['counterpartName'],
      message: 'Choose the agency, or name who it was with',
    });
  }
}

export function checkReplyDue(value: { replyDue: string; occurredOn: string }, ctx: z.RefinementCtx): void {
  if (value.replyDue && value.occurredOn && value.replyDue < value.occurredOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['replyDue'],
      message: 'The reply cannot be due before it was sent',
    });
  }
}

/** Who a saved communication (or a drafted one) was with, as the form shows it: agency, contact or a name. */
export function counterpartValues(c: {
  agencyId: string | null;
  contactId: string | null;
  counterpartName: string | null;
}): CounterpartValues {
  return {
    agencyId: c.agencyId ?? '',
    contactId: c.contactId ?? '',
    counterpartName: c.contactId ? '' : (c.counterpartName ?? ''),
  };
}

/** The shared fields as the server takes them: a chosen contact wins over a typed name, and blanks are null. */
export function communicationFieldsInput(values: CommunicationFieldValues) {
  return {
    agencyId: values.agencyId || null,
    contactId: (values.agencyId && values.contactId) || null,
    counterpartName: values.agencyId && values.contactId ? null : values.counterpartName.trim() || null,
    occurredOn: values.occurredOn,
    subject: values.subject.trim(),
    body: values.body.trim() || null,
  };
}
