import {
  calendarDateSchema,
  CHANNELS,
  COMMUNICATION_BODY_MAX,
  COMMUNICATION_SUBJECT_MAX,
  DIRECTIONS,
  isSpokenChannel,
  type Channel,
} from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { occurredOnSchema } from '../../matters/lib/stage-form.ts';
import type { ChaserDraftView, CommunicationView, CreateCommunicationInput } from './types.ts';

/** Who it was with: an agency of the directory (and a contact there), or a name. */
export const counterpartSchema = {
  agencyId: z.string(),
  contactId: z.string(),
  counterpartName: z.string().trim().max(200, 'Keep the name to 200 characters or fewer'),
};

export const subjectSchema = z
  .string()
  .trim()
  .min(1, 'Give it a subject, for example “Request for the crime reference number”')
  .max(COMMUNICATION_SUBJECT_MAX, `Keep the subject to ${COMMUNICATION_SUBJECT_MAX} characters or fewer`);

export const bodySchema = z
  .string()
  .max(COMMUNICATION_BODY_MAX, 'The text is too long: attach it as a file instead');

/** An empty box, or a date no earlier than the day it was sent. */
export const replyDueSchema = z.union([z.literal(''), calendarDateSchema]);

export function checkCounterpart(
  value: { agencyId: string; counterpartName: string },
  ctx: z.RefinementCtx,
): void {
  if (!value.agencyId && !value.counterpartName) {
    ctx.addIssue({
      code: 'custom',
      path: ['agencyId'],
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

export const logFormSchema = z
  .object({
    direction: z.enum(DIRECTIONS),
    channel: z.enum(CHANNELS),
    matterId: z.string(),
    ...counterpartSchema,
    occurredOn: occurredOnSchema,
    subject: subjectSchema,
    body: bodySchema,
    expectsReply: z.boolean(),
    replyDue: replyDueSchema,
    confirmInWriting: z.boolean(),
  })
  .superRefine((value, ctx) => {
    checkCounterpart(value, ctx);
    if (value.direction === 'outgoing' && value.expectsReply) checkReplyDue(value, ctx);
  });

export type LogFormValues = z.input<typeof logFormSchema>;

/** What a new communication is linked to, beyond its fields: the letter it chases or the call it confirms. */
export interface LogLinks {
  chaserOfId?: string;
  confirmsId?: string;
}

/** A form to log a communication, and what it starts from. */
export interface LogDraft {
  values: LogFormValues;
  links: LogLinks;
  /** Names the form: "Log a communication", "Log the chaser". */
  title: string;
}

export const WRITTEN_CHANNELS = CHANNELS.filter((c) => !isSpokenChannel(c));

export function blankDraft(): LogDraft {
  return {
    title: 'Log a communication',
    links: {},
    values: {
      direction: 'outgoing',
      channel: 'letter',
      matterId: '',
      agencyId: '',
      contactId: '',
      counterpartName: '',
      occurredOn: todayInLondon(),
      subject: '',
      body: '',
      expectsReply: false,
      replyDue: '',
      confirmInWriting: true,
    },
  };
}

/** The chaser drafted by the server, ready to edit: sent today, expecting a reply. */
export function chaserDraft(draft: ChaserDraftView): LogDraft {
  return {
    title: 'Log the chaser',
    links: { chaserOfId: draft.chaserOfId },
    values: {
      ...blankDraft().values,
      channel: draft.channel,
      matterId: draft.matterId ?? '',
      agencyId: draft.agencyId ?? '',
      contactId: draft.contactId ?? '',
      counterpartName: draft.agencyId ? '' : (draft.counterpartName ?? ''),
      subject: draft.subject,
      body: draft.body,
      expectsReply: true,
    },
  };
}

/** A letter (or e-mail) confirming what was said in a call or meeting, starting from its summary. */
export function confirmationDraft(spoken: CommunicationView): LogDraft {
  const what = spoken.channel === 'meeting' ? 'meeting' : 'call';
  const on = formatCalendarDate(spoken.occurredOn);
  const summary = spoken.body?.trim();
  return {
    title: `Log the written confirmation of the ${what}`,
    links: { confirmsId: spoken.id },
    values: {
      ...blankDraft().values,
      channel: 'letter' satisfies Channel,
      matterId: spoken.matterId ?? '',
      agencyId: spoken.agencyId ?? '',
      contactId: spoken.contactId ?? '',
      counterpartName: spoken.agencyId ? '' : (spoken.counterpartName ?? spoken.counterpartLabel),
      subject: `Confirming our ${what} on ${on}`,
      body: `Thank you for the ${what} on ${on}. To confirm what we discussed:\n\n${summary ?? ''}`,
    },
  };
}

export function toCreateInput(
  values: LogFormValues,
  personId: string,
  links: LogLinks,
  attachmentIds: string[],
): CreateCommunicationInput {
  const outgoing = values.direction === 'outgoing';
  const expectsReply = outgoing && values.expectsReply;
  return {
    personId,
    direction: values.direction,
    channel: values.channel,
    matterId: values.matterId || null,
    agencyId: values.agencyId || null,
    contactId: (values.agencyId && values.contactId) || null,
    counterpartName: values.agencyId ? null : values.counterpartName.trim() || null,
    occurredOn: values.occurredOn,
    subject: values.subject.trim(),
    body: values.body.trim() || null,
    expectsReply,
    replyDue: (expectsReply && values.replyDue) || null,
    confirmInWriting: isSpokenChannel(values.channel) ? values.confirmInWriting : true,
    chaserOfId: outgoing ? (links.chaserOfId ?? null) : null,
    confirmsId: outgoing ? (links.confirmsId ?? null) : null,
    attachmentIds,
  };
}

/** The form's fields the server may name in its errors, shown beside them. */
export const LOG_FIELDS = [
  'direction',
  'channel',
  'matterId',
  'agencyId',
  'contactId',
  'counterpartName',
  'occurredOn',
  'subject',
  'body',
  'expectsReply',
  'replyDue',
] as const;
