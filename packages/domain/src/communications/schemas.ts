import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { optionalText, pageCursorSchema, pageLimitSchema, requiredText } from '../common/schemas.ts';
import { jurisdictionSchema } from '../deadlines/calendars/jurisdictions.ts';
import { deadlineDateSchema } from '../deadlines/schemas.ts';
import { disclosureFields } from '../disclosures/schemas.ts';
import { MAX_ATTACHMENTS } from './attachments.ts';

export const CHANNELS = ['letter', 'email', 'online_form', 'fax', 'phone_call', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  letter: 'Letter',
  email: 'E-mail',
  online_form: 'Online form',
  fax: 'Fax',
  phone_call: 'Phone call',
  meeting: 'Meeting',
};

/** Spoken, not written: each carries a prompt to confirm what was said in writing. */
export const SPOKEN_CHANNELS: readonly Channel[] = ['phone_call', 'meeting'];
export function isSpokenChannel(channel: Channel): boolean {
  return SPOKEN_CHANNELS.includes(channel);
}

/**
 * Whether logging it records a disclosure (DOMAIN.md §5): anything sent, and any call or meeting, whoever
 * started it (information is shared in a conversation either way). A letter or e-mail received shares nothing.
 */
export function isDisclosingCommunication(value: { direction: Direction; channel: Channel }): boolean {
  return value.direction === 'outgoing' || isSpokenChannel(value.channel);
}

export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = { outgoing: 'Sent', incoming: 'Received' };

/** What a communication was, in two or three words: "Letter sent", "Phone call received", "Meeting". */
export function communicationHeading(channel: Channel, direction: Direction): string {
  if (channel === 'meeting') return 'Meeting';
  if (channel === 'phone_call') return direction === 'outgoing' ? 'Phone call made' : 'Phone call received';
  return `${CHANNEL_LABELS[channel]} ${direction === 'outgoing' ? 'sent' : 'received'}`;
}

/** Where an outgoing communication stands with its reply. */
export const REPLY_STATES = ['awaiting', 'answered', 'chased'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

/** Whether a call or meeting still has to be confirmed in writing. */
export const CONFIRMATION_STATES = ['needed', 'done', 'not_needed'] as const;
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];

export const COMMUNICATION_SUBJECT_MAX = 300;
export const COMMUNICATION_BODY_MAX = 50_000;
export const COMMUNICATIONS_PAGE_MAX = 100;

const channelSchema = z.enum(CHANNELS, {
  error: 'Choose letter, e-mail, online form, fax, phone call or meeting',
});
const directionSchema = z.enum(DIRECTIONS, { error: 'Choose sent or received' });
const nullableUuid = uuidSchema.nullish().transform((v) => v ?? null);

const communicationFields = {
  matterId: nullableUuid,
  channel: channelSchema,
  direction: directionSchema,
  /** An agency of the directory and, optionally, one of its contacts. */
  agencyId: nullableUuid,
  contactId: nullableUuid,
  /** Someone not in the directory (e.g. "the client's GP"), when there is no agency. */
  counterpartName: optionalText(200, 'The counterpart'),
  /** The date it was sent (outgoing) or received (incoming). */
  occurredOn: deadlineDateSchema,
  subject: requiredText(COMMUNICATION_SUBJECT_MAX, 'Subject'),
  /** The text, or a summary of it (a call or meeting: what was said). */
  body: optionalText(COMMUNICATION_BODY_MAX, 'The text'),
};

/** A chaser or a written confirmation: the server takes who it goes to from the communication it follows up. */
function followsUp(value: { chaserOfId?: string | null; confirmsId?: string | null }): boolean {
  return Boolean(value.chaserOfId ?? value.confirmsId);
}

function refineCounterpart(
  value: {
    agencyId: string | null;
    contactId: string | null;
    counterpartName: string | null;
    recipientCategory?: string | null;
    chaserOfId?: string | null;
    confirmsId?: string | null;
  },
  ctx: z.RefinementCtx,
) {
  // With the client themself, no name is needed (it is recorded as with the client); a chaser or a written
  // confirmation naming nobody goes to whoever the communication it follows up went to.
  if (
    !value.agencyId &&
    !value.counterpartName &&
    value.recipientCategory !== 'client' &&
    !followsUp(value)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['agencyId'],
      message: 'Choose the agency, or name who it was with',
    });
  }
  if (value.contactId && !value.agencyId) {
    ctx.addIssue({ code: 'custom', path: ['contactId'], message: 'Choose the contact’s agency too' });
  }
}

/**
 * Something sent, or a call or meeting, with someone outside the directory says who they are; it always says
 * what it shares.
 */
function refineDisclosure(
  value: {
    direction: Direction;
    channel: Channel;
    agencyId: string | null;
    recipientCategory: string | null;
    informationShared: readonly string[];
    chaserOfId: string | null;
    confirmsId: string | null;
  },
  ctx: z.RefinementCtx,
) {
  if (!isDisclosingCommunication(value)) return;
  if (!value.agencyId && !value.recipientCategory && !followsUp(value)) {
    ctx.addIssue({
      code: 'custom',
      path: ['recipientCategory'],
      message: 'Say who it goes to: the client, or which kind of agency',
    });
  }
  if (value.recipientCategory === 'own_organisation') {
    ctx.addIssue({
      code: 'custom',
      path: ['recipientCategory'],
      message: 'A communication goes to the client or to an agency',
    });
  }
  if (value.recipientCategory !== 'client' && value.informationShared.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['informationShared'],
      message: 'Say what it shares about the client',
    });
  }
}

/** Logging a communication. An outgoing one may expect a reply; a call or meeting may need confirming. */
export const createCommunicationInput = z
  .object({
    personId: uuidSchema,
    ...communicationFields,
    expectsReply: z.boolean().default(false),
    /** A reply-due date set by hand; without it, the agency's default or the practice default applies. */
    replyDue: deadlineDateSchema.nullish().transform((v) => v ?? null),
    jurisdiction: jurisdictionSchema.default('england-and-wales'),
    /** For a call or meeting: whether it still needs confirming in writing (the default). */
    confirmInWriting: z.boolean().default(true),
    /** This one chases an earlier outgoing communication that went unanswered. */
    chaserOfId: nullableUuid,
    /** This one confirms in writing an earlier call or meeting. */
    confirmsId: nullableUuid,
    /** Answers an earlier outgoing communication (incoming only). */
    replyToId: nullableUuid,
    /** Files uploaded beforehand (POST /files) to attach. */
    attachmentIds: z
      .array(uuidSchema)
      .max(MAX_ATTACHMENTS, `At most ${MAX_ATTACHMENTS} attachments`)
      .default([]),
    /** Sent, or a call or meeting: who it goes to and what it shares, for its disclosure (DOMAIN.md §5). */
    ...disclosureFields,
  })
  .superRefine((value, ctx) => {
    refineCounterpart(value, ctx);
    refineDisclosure(value, ctx);
    if (value.direction === 'incoming') {
      if (value.expectsReply) {
        ctx.addIssue({
          code: 'custom',
          path: ['expectsReply'],
          message: 'Only something sent can expect a reply',
        });
      }
      for (const field of ['chaserOfId', 'confirmsId'] as const) {
        if (value[field]) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'Only something sent can do this' });
        }
      }
    } else if (value.replyToId) {
      ctx.addIssue({ code: 'custom', path: ['replyToId'], message: 'Only something received is a reply' });
    }
    if (!value.expectsReply && value.replyDue) {
      ctx.addIssue({
        code: 'custom',
        path: ['replyDue'],
        message: 'A reply-due date needs “expects a reply”',
      });
    }
    if (value.replyDue && value.replyDue < value.occurredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['replyDue'],
        message: 'The reply cannot be due before it was sent',
      });
    }
    if (isSpokenChannel(value.channel) && (value.chaserOfId || value.confirmsId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['channel'],
        message: 'A chaser or a confirmation must be in writing',
      });
    }
  });
export type CreateCommunicationInput = z.input<typeof createCommunicationInput>;

/** Correcting what was logged; the reply-due date can be changed here too. */
export const updateCommunicationInput = z
  .object({
    id: uuidSchema,
    version: versionSchema,
    agencyId: nullableUuid,
    contactId: nullableUuid,
    counterpartName: communicationFields.counterpartName,
    occurredOn: deadlineDateSchema,
    subject: communicationFields.subject,
    body: communicationFields.body,
    replyDue: deadlineDateSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((value, ctx) => {
    refineCounterpart(value, ctx);
    if (value.replyDue && value.replyDue < value.occurredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['replyDue'],
        message: 'The reply cannot be due before it was sent',
      });
    }
  });

export const communicationIdInput = z.object({ id: uuidSchema });

/** A client's communications, newest first, optionally one matter's, optionally matching words. */
export const listCommunicationsInput = z.object({
  personId: uuidSchema,
  matterId: uuidSchema.optional(),
  search: z.string().trim().max(200, 'Search words must be at most 200 characters').optional(),
  cursor: z.string().max(300).optional(),
  limit: z.number().int().min(1).max(COMMUNICATIONS_PAGE_MAX).default(50),
});

/** Full-text search across every client the caller may open. */
export const searchCommunicationsInput = z.object({
  search: z
    .string({ error: 'Enter words to search for' })
    .trim()
    .min(2, 'Enter at least 2 characters')
    .max(200, 'Search words must be at most 200 characters'),
  cursor: z.string().max(300).optional(),
  limit: z.number().int().min(1).max(COMMUNICATIONS_PAGE_MAX).default(25),
});

/** An incoming communication answers an outgoing one (and every chaser before it). */
export const markReplyInput = z.object({ incomingId: uuidSchema, outgoingId: uuidSchema });

/** A call or meeting that need not be confirmed in writing, with the reason. */
export const dismissConfirmationInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  reason: requiredText(500, 'The reason'),
});

/** The most entries (each with a letter's full text) one page of a chronology holds. */
export const CHRONOLOGY_PAGE_MAX = 500;

/** A case's (or one matter's) written record, oldest first, a page at a time. */
export const chronologyInput = z.object({
  personId: uuidSchema,
  matterId: uuidSchema.optional(),
  cursor: pageCursorSchema,
  limit: pageLimitSchema(CHRONOLOGY_PAGE_MAX, 100),
});
