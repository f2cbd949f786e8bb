import { CHANNELS, DIRECTIONS, isSpokenChannel, type Channel } from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import {
  checkCounterpart,
  checkReplyDue,
  COMMUNICATION_FIELDS,
  communicationFieldsInput,
  communicationFieldsSchema,
  counterpartValues,
  replyDueSchema,
} from './communication-fields.ts';
import type { ChaserDraftView, CommunicationView, CreateCommunicationInput } from './types.ts';

export const logFormSchema = z
  .object({
    direction: z.enum(DIRECTIONS),
    channel: z.enum(CHANNELS),
    matterId: z.string(),
    ...communicationFieldsSchema,
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
      ...counterpartValues(draft),
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
      // The same agency, contact or name as the call (without an agency, how the call names who it was with).
      ...counterpartValues({
        ...spoken,
        counterpartName: spoken.agencyId
          ? spoken.counterpartName
          : (spoken.counterpartName ?? spoken.counterpartLabel),
      }),
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
    ...communicationFieldsInput(values),
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
  ...COMMUNICATION_FIELDS,
  'expectsReply',
  'replyDue',
] as const;
