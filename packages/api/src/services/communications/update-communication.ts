import {
  clientSearchWords,
  communications,
  disclosures,
  sealCommunicationText,
  timelineEvents,
} from '@umbrella/db';
import {
  computeReplyDue,
  isDisclosingCommunication,
  londonToday,
  recipientCategoryOfAgency,
  type RecipientCategory,
  type updateCommunicationInput,
} from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { communicationDisclosure, recordedRecipient } from './communication-disclosure.ts';
import { BY_HAND, loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { resolveCounterpart, type Counterpart } from './counterpart.ts';
import { assertDateFitsLinks } from './linked-dates.ts';
import { openCommunication, type OpenedCommunication } from './load-communication.ts';

type UpdateInput = z.infer<typeof updateCommunicationInput>;

/**
 * The reply-due date after an edit: a new date typed in is kept as set by hand; a cleared one, or a computed
 * one whose sent date moved, is computed again from the rule.
 */
function nextReplyDue(
  before: OpenedCommunication,
  input: UpdateInput,
  counterpart: Counterpart,
  today: string,
): { replyDue: string | null; replyDueExplanation: string | null } {
  const kept = { replyDue: before.replyDue, replyDueExplanation: before.replyDueExplanation };
  if (!before.replyState) return kept;
  if (input.replyDue && input.replyDue !== before.replyDue) {
    return { replyDue: input.replyDue, replyDueExplanation: BY_HAND };
  }
  const setByHand = before.replyDueExplanation === BY_HAND;
  const sentDateMoved = input.occurredOn !== before.occurredOn;
  if (input.replyDue && (setByHand || !sentDateMoved)) return kept;
  const computed = computeReplyDue({
    sentOn: input.occurredOn,
    agencyWorkingDays: counterpart.replyExpectedWorkingDays,
    agencyName: counterpart.agencyName,
    jurisdiction: before.jurisdiction,
    today,
  });
  return { replyDue: computed.due, replyDueExplanation: computed.explanation };
}

export const RECIPIENT_FIXED_MESSAGE =
  'The recipient of something sent cannot be changed: its disclosure is on record. Log it again to the right recipient.';

/** What a supervisor approved cannot be changed afterwards: only what they approved was allowed to go. */
export const APPROVED_MESSAGES = {
  agencyId: 'This was approved by a supervisor: who it went to cannot be changed.',
  contactId: 'This was approved by a supervisor: who it went to cannot be changed.',
  counterpartName: 'This was approved by a supervisor: who it went to cannot be changed.',
  subject: 'This was approved by a supervisor: its subject cannot be changed.',
  body: 'This was approved by a supervisor: its text cannot be changed.',
  occurredOn: 'This was approved by a supervisor: it cannot be dated before the day it was approved.',
} as const;
export const APPROVED_CALL_DATE_MESSAGE =
  'This call or meeting was approved by a supervisor as taking place on its date: the date cannot be changed.';

/**
 * A communication a supervisor approved (sent without consent, or to immigration enforcement) stays as it was
 * approved: who it went to, its subject and its text (its attachments cannot be changed after logging at all).
 * Something sent may be re-dated, but never to before the day of the approval; a call received, not at all.
 */
function assertAsApproved(before: OpenedCommunication, input: UpdateInput, approvedAt: Date): void {
  const fields = ['agencyId', 'contactId', 'counterpartName', 'subject', 'body'] as const;
  const changed = fields.find((field) => (input[field] ?? null) !== (before[field] ?? null));
  if (changed) throw badRequest(changed, APPROVED_MESSAGES[changed]);
  if (input.occurredOn === before.occurredOn) return;
  if (before.direction !== 'outgoing') throw badRequest('occurredOn', APPROVED_CALL_DATE_MESSAGE);
  if (input.occurredOn < londonToday(approvedAt))
    throw badRequest('occurredOn', APPROVED_MESSAGES.occurredOn);
}

/**
 * Something sent (or a call or meeting) went to one kind of recipient, and its disclosure says so: a
 * correction may name another contact, person or agency of the same kind, never an agency of another kind.
 */
function checkRecipient(
  before: OpenedCommunication,
  recorded: RecipientCategory | null,
  counterpart: Counterpart,
): void {
  if (
    recorded !== null &&
    counterpart.agencyCategory !== null &&
    counterpart.agencyId !== before.agencyId &&
    recipientCategoryOfAgency(counterpart.agencyCategory) !== recorded
  ) {
    throw badRequest('agencyId', RECIPIENT_FIXED_MESSAGE);
  }
}

/**
 * Corrects a logged communication (a wrong date, a typo, the counterpart) or moves its reply-due date. A
 * reply-due date cleared while a reply is still awaited is computed again from the rule. What a supervisor
 * approved stays as approved; a communication with the client stays with the client.
 */
export async function updateCommunication(ctx: StaffContext, input: UpdateInput): Promise<CommunicationView> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture(
    'occurredOn',
    input.occurredOn,
    now,
    'The date sent or received cannot be in the future.',
  );
  return inClientTransaction(ctx, async (tx) => {
    const { person, communication: before } = await openCommunication(
      tx,
      ctx,
      input.id,
      'communications.update',
      {
        write: true,
      },
    );
    if (before.version !== input.version)
      throw await staleOrMissing(tx, communications, input.id, 'communication');
    if (input.replyDue && !before.replyState) {
      throw badRequest('replyDue', 'This communication does not expect a reply.');
    }
    // Its disclosure: the corrected recipient is named on it.
    const disclosure = isDisclosingCommunication(before)
      ? await communicationDisclosure(tx, before.id, { lock: true })
      : null;
    if (disclosure?.decidedAt) assertAsApproved(before, input, disclosure.decidedAt);
    if (input.occurredOn !== before.occurredOn) await assertDateFitsLinks(tx, before, input.occurredOn);
    const recorded = isDisclosingCommunication(before)
      ? await recordedRecipient(tx, before, disclosure)
      : null;
    // With the client themself it stays recorded as with the client.
    const counterpart = await resolveCounterpart(tx, { ...input, recipientCategory: recorded });
    checkRecipient(before, recorded, counterpart);
    const { replyDue, replyDueExplanation } = nextReplyDue(before, input, counterpart, today);
    const after = {
      agencyId: counterpart.agencyId,
      contactId: counterpart.contactId,
      counterpartName: counterpart.counterpartName,
      counterpartLabel: counterpart.label,
      occurredOn: input.occurredOn,
      subject: input.subject,
      body: input.body,
      replyDue,
      replyDueExplanation,
    };
    const fields = changedFields(before, after, Object.keys(after) as (keyof typeof after)[]);
    if (!fields.length) return loadCommunicationView(tx, ctx.cipher, before.id, today);
    const [row] = await tx
      .update(communications)
      .set({
        ...after,
        ...sealCommunicationText(ctx.cipher, after, await clientSearchWords(tx, ctx.cipher, person.id)),
        version: sql`${communications.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(communications.id, before.id), eq(communications.version, input.version)))
      .returning({ id: communications.id });
    if (!row) throw await staleOrMissing(tx, communications, input.id, 'communication');
    if (
      disclosure &&
      (after.agencyId !== before.agencyId || after.counterpartLabel !== before.counterpartLabel)
    ) {
      await tx
        .update(disclosures)
        .set({
          agencyId: after.agencyId,
          recipientLabel: after.counterpartLabel,
          version: sql`${disclosures.version} + 1`,
          updatedAt: now,
        })
        .where(eq(disclosures.id, disclosure.id));
    }
    if (after.occurredOn !== before.occurredOn) {
      await tx
        .update(timelineEvents)
        .set({ occurredOn: after.occurredOn, updatedAt: now })
        .where(eq(timelineEvents.communicationId, before.id));
    }
    await auditClientChange(tx, ctx, 'communications.update', person.id, {
      communicationId: before.id,
      fields,
    });
    return loadCommunicationView(tx, ctx.cipher, before.id, today);
  });
}
