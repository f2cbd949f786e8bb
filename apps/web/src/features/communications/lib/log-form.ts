import {
  CHANNELS,
  DIRECTIONS,
  DISCLOSURE_REASON_MAX,
  INFORMATION_CATEGORIES,
  isDisclosingCommunication,
  isSpokenChannel,
  LEGAL_BASES,
  RECIPIENT_CATEGORIES,
  type Channel,
  type InformationCategory,
  type RecipientCategory,
} from '@umbrella/domain';
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
    /** Sent, or a call or meeting: what it tells them about the client, and (without an agency) who they are. */
    informationShared: z.array(z.enum(INFORMATION_CATEGORIES)),
    recipientCategory: z.union([z.literal(''), z.enum(RECIPIENT_CATEGORIES)]),
    /** Held back by the firewall: the legal basis for sending it without consent, and its details. */
    legalBasis: z.union([z.literal(''), z.enum(LEGAL_BASES)]),
    basisDetails: z
      .string()
      .max(DISCLOSURE_REASON_MAX, `Keep the details to ${DISCLOSURE_REASON_MAX} characters or fewer`),
  })
  .superRefine((value, ctx) => {
    if (!withClient(value)) checkCounterpart(value, ctx);
    if (value.direction === 'outgoing' && value.expectsReply) checkReplyDue(value, ctx);
    if (isDisclosingCommunication(value)) checkSharing(value, ctx);
  });

/** The same form when the firewall holds it back: it goes to a supervisor with a legal basis stated. */
export const approvalFormSchema = logFormSchema.superRefine((value, ctx) => {
  if (!value.legalBasis) {
    ctx.addIssue({
      code: 'custom',
      path: ['legalBasis'],
      message: 'Choose the legal basis for sharing without consent',
    });
  }
  if (!value.basisDetails.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['basisDetails'],
      message: 'Give the details of the legal basis: why it applies here',
    });
  }
});

export type LogFormValues = z.input<typeof logFormSchema>;

/**
 * Something sent, or a call or meeting, with the client themself (no agency): it is recorded as with the
 * client, so no name is asked for (the server refuses any other).
 */
export function withClient(
  value: Pick<LogFormValues, 'direction' | 'channel' | 'agencyId' | 'recipientCategory'>,
): boolean {
  return isDisclosingCommunication(value) && !value.agencyId && value.recipientCategory === 'client';
}

function checkSharing(
  value: {
    channel: LogFormValues['channel'];
    agencyId: string;
    recipientCategory: string;
    informationShared: readonly string[];
  },
  ctx: z.RefinementCtx,
): void {
  if (!value.agencyId && !value.recipientCategory) {
    ctx.addIssue({
      code: 'custom',
      path: ['recipientCategory'],
      message: isSpokenChannel(value.channel)
        ? 'Say who they are: the client, or which kind of agency'
        : 'Say who it goes to: the client, or which kind of agency',
    });
  }
  if ((value.agencyId || value.recipientCategory !== 'client') && value.informationShared.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['informationShared'],
      message: 'Say what it shares about the client',
    });
  }
}

/** What something sent shares unless said otherwise: who the client is and what happened. */
export const DEFAULT_INFORMATION: readonly InformationCategory[] = ['identity', 'case_details'];

/** Who a sent communication can go to without a directory agency: anyone but our own organisation. */
export const RECIPIENT_CHOICES: readonly RecipientCategory[] = [
  'client',
  ...RECIPIENT_CATEGORIES.filter((c) => c !== 'client' && c !== 'own_organisation'),
];

/** The sharing recorded with an earlier communication, as a new one's starting point. */
interface SharingFacts {
  recipientCategory: RecipientCategory;
  informationShared: readonly InformationCategory[];
}

/** A follow-up (a chaser, a confirmation) goes where its original went and shares what it shared. */
export function sharingValues(
  disclosure: SharingFacts | null | undefined,
  hasAgency: boolean,
): Pick<LogFormValues, 'recipientCategory' | 'informationShared'> {
  const recipient = disclosure?.recipientCategory;
  return {
    recipientCategory: !hasAgency && recipient && RECIPIENT_CHOICES.includes(recipient) ? recipient : '',
    informationShared:
      disclosure && disclosure.informationShared.length > 0
        ? [...disclosure.informationShared]
        : [...DEFAULT_INFORMATION],
  };
}

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
      informationShared: [...DEFAULT_INFORMATION],
      recipientCategory: '',
      legalBasis: '',
      basisDetails: '',
    },
  };
}

/**
 * The chaser drafted by the server, ready to edit: sent today, expecting a reply, to whoever the original
 * went to and sharing what it shared.
 */
export function chaserDraft(
  draft: ChaserDraftView,
  original?: { disclosure: SharingFacts | null },
): LogDraft {
  return {
    title: 'Log the chaser',
    links: { chaserOfId: draft.chaserOfId },
    values: {
      ...blankDraft().values,
      channel: draft.channel,
      matterId: draft.matterId ?? '',
      ...counterpartValues(draft),
      ...sharingValues(original?.disclosure, Boolean(draft.agencyId)),
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
      ...sharingValues(spoken.disclosure, Boolean(spoken.agencyId)),
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
  // Something sent, or a call or meeting either way, shares information: it says with whom and what.
  const discloses = isDisclosingCommunication(values);
  const expectsReply = outgoing && values.expectsReply;
  const fields = communicationFieldsInput(values);
  return {
    personId,
    direction: values.direction,
    channel: values.channel,
    matterId: values.matterId || null,
    ...fields,
    counterpartName: withClient(values) ? null : fields.counterpartName,
    expectsReply,
    replyDue: (expectsReply && values.replyDue) || null,
    confirmInWriting: isSpokenChannel(values.channel) ? values.confirmInWriting : true,
    chaserOfId: outgoing ? (links.chaserOfId ?? null) : null,
    confirmsId: outgoing ? (links.confirmsId ?? null) : null,
    attachmentIds,
    // An agency's own category says who it goes to; without one, the caseworker says.
    recipientCategory: (discloses && !values.agencyId && values.recipientCategory) || null,
    // In the list's order; nothing is shared by a letter or e-mail received.
    informationShared: discloses
      ? INFORMATION_CATEGORIES.filter((c) => values.informationShared.includes(c))
      : [],
    legalBasis: null,
    basisDetails: null,
  };
}

/** The same communication, asked of a supervisor: held back until approved, with the legal basis stated. */
export function toApprovalInput(
  values: LogFormValues,
  personId: string,
  links: LogLinks,
  attachmentIds: string[],
): CreateCommunicationInput {
  return {
    ...toCreateInput(values, personId, links, attachmentIds),
    legalBasis: values.legalBasis || null,
    basisDetails: values.basisDetails.trim() || null,
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
  'recipientCategory',
  'informationShared',
  'legalBasis',
  'basisDetails',
] as const;

/** The firewall's refusal of `communications.create`: its explanation, on the agency or on who it goes to. */
export function firewallRefusal(fields: Partial<Record<string, string[]>>): string | null {
  return fields.agencyId?.[0] ?? fields.recipientCategory?.[0] ?? null;
}
