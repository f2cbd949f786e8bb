import { agencies, communications, disclosures, timelineEvents, type DbOrTx } from '@umbrella/db';
import {
  computeReplyDue,
  londonToday,
  recipientCategoryOfAgency,
  type updateCommunicationInput,
} from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { BY_HAND, loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { resolveCounterpart, type Counterpart } from './counterpart.ts';
import { assertDateFitsLinks } from './linked-dates.ts';
import { openCommunication, type CommunicationRow } from './load-communication.ts';

/**
 * The reply-due date after an edit: a new date typed in is kept as set by hand; a cleared one, or a computed
 * one whose sent date moved, is computed again from the rule.
 */
function nextReplyDue(
  before: CommunicationRow,
  input: z.infer<typeof updateCommunicationInput>,
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

/**
 * Something sent went to one kind of recipient, and its disclosure says so: a correction may name another
 * contact, person or agency of the same kind, never an agency of another kind. The disclosure then names the
 * corrected recipient. Returns the disclosure to update, if there is one.
 */
async function checkRecipient(
  tx: DbOrTx,
  before: CommunicationRow,
  counterpart: Counterpart,
): Promise<{ id: string } | null> {
  if (before.direction !== 'outgoing') return null;
  const [disclosure] = await tx
    .select({ id: disclosures.id, recipientCategory: disclosures.recipientCategory })
    .from(disclosures)
    .where(and(eq(disclosures.communicationId, before.id), eq(disclosures.kind, 'communication')))
    .limit(1)
    .for('update');
  let recorded = disclosure?.recipientCategory ?? null;
  if (!recorded && before.agencyId) {
    // Logged before disclosures were recorded: its agency's kind stands for it.
    const [agency] = await tx
      .select({ category: agencies.category })
      .from(agencies)
      .where(eq(agencies.id, before.agencyId));
    recorded = agency ? recipientCategoryOfAgency(agency.category) : null;
  }
  if (
    recorded !== null &&
    counterpart.agencyCategory !== null &&
    counterpart.agencyId !== before.agencyId &&
    recipientCategoryOfAgency(counterpart.agencyCategory) !== recorded
  ) {
    throw badRequest('agencyId', RECIPIENT_FIXED_MESSAGE);
  }
  return disclosure ? { id: disclosure.id } : null;
}

/**
 * Corrects a logged communication (a wrong date, a typo, the counterpart) or moves its reply-due date. A
 * reply-due date cleared while a reply is still awaited is computed again from the rule.
 */
export async function updateCommunication(
  ctx: StaffContext,
  input: z.infer<typeof updateCommunicationInput>,
): Promise<CommunicationView> {
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
    if (input.occurredOn !== before.occurredOn) await assertDateFitsLinks(tx, before, input.occurredOn);
    const counterpart = await resolveCounterpart(tx, input);
    const disclosure = await checkRecipient(tx, before, counterpart);
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
    if (!fields.length) return loadCommunicationView(tx, before.id, today);
    const [row] = await tx
      .update(communications)
      .set({ ...after, version: sql`${communications.version} + 1`, updatedAt: now })
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
    return loadCommunicationView(tx, before.id, today);
  });
}
