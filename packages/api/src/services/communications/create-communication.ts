import { communications, matters, timelineEvents, type DbOrTx } from '@umbrella/db';
import {
  computeReplyDue,
  isSpokenChannel,
  londonToday,
  type createCommunicationInput,
} from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { attachStagedDocuments } from './attach-documents.ts';
import { loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { BY_HAND } from './communication-view.ts';
import { resolveCounterpart } from './counterpart.ts';
import { linkedCommunication } from './load-communication.ts';
import { loadChain, markChainAnswered } from './reply-chain.ts';

type Input = z.infer<typeof createCommunicationInput>;

/** The earlier communication this one chases, confirms or answers: checked, then updated to match. */
async function applyLinks(
  tx: DbOrTx,
  input: Input,
  personId: string,
  newId: string,
  now: Date,
): Promise<string[]> {
  const changed: string[] = [];
  if (input.chaserOfId) {
    const original = await linkedCommunication(tx, personId, input.chaserOfId, 'chaserOfId');
    if (original.direction !== 'outgoing' || original.replyState !== 'awaiting') {
      throw badRequest('chaserOfId', 'Only something sent and still awaiting a reply can be chased.');
    }
    if (input.occurredOn < original.occurredOn) {
      throw badRequest('occurredOn', 'A chaser cannot have been sent before the letter it chases.');
    }
    await tx
      .update(communications)
      .set({ replyState: 'chased', version: sql`${communications.version} + 1`, updatedAt: now })
      .where(eq(communications.id, original.id));
    changed.push(original.id);
  }
  if (input.confirmsId) {
    const spoken = await linkedCommunication(tx, personId, input.confirmsId, 'confirmsId');
    if (spoken.confirmation !== 'needed') {
      throw badRequest('confirmsId', 'That call or meeting is not waiting to be confirmed in writing.');
    }
    if (input.occurredOn < spoken.occurredOn) {
      throw badRequest('occurredOn', 'A confirmation cannot have been sent before the call or meeting.');
    }
    await tx
      .update(communications)
      .set({ confirmation: 'done', version: sql`${communications.version} + 1`, updatedAt: now })
      .where(eq(communications.id, spoken.id));
    changed.push(spoken.id);
  }
  if (input.replyToId) {
    const sent = await linkedCommunication(tx, personId, input.replyToId, 'replyToId');
    if (sent.direction !== 'outgoing' || !sent.replyState || sent.replyState === 'answered') {
      throw badRequest('replyToId', 'That communication is not waiting for a reply.');
    }
    if (input.occurredOn < sent.occurredOn) {
      throw badRequest('occurredOn', 'A reply cannot have been received before the letter was sent.');
    }
    const chain = await loadChain(tx, sent);
    changed.push(
      ...(await markChainAnswered(
        tx,
        chain.map((c) => c.id),
        newId,
        now,
      )),
    );
  }
  return changed;
}

/**
 * Logs a communication on a client's case: who with, when, what, and its attachments. An outgoing one that
 * expects a reply gets a reply-due date (set by hand, the agency's own, or the practice default); a call or
 * meeting is flagged to be confirmed in writing unless the caseworker says otherwise.
 */
export async function createCommunication(ctx: StaffContext, input: Input): Promise<CommunicationView> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture(
    'occurredOn',
    input.occurredOn,
    now,
    'The date sent or received cannot be in the future.',
  );
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'communications.create', { write: true });
    if (input.matterId) {
      const [matter] = await tx
        .select({ id: matters.id })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
    }
    const counterpart = await resolveCounterpart(tx, input);
    const file = await loadCaseFile(tx, person.id);
    // A chaser waits for the reply the letter it chases was waiting for, whether or not the box was ticked.
    const expectsReply = input.expectsReply || input.chaserOfId !== null;
    const computed = expectsReply
      ? computeReplyDue({
          sentOn: input.occurredOn,
          agencyWorkingDays: counterpart.replyExpectedWorkingDays,
          agencyName: counterpart.agencyName,
          jurisdiction: input.jurisdiction,
          today,
        })
      : null;
    const spoken = isSpokenChannel(input.channel);
    const [row] = await tx
      .insert(communications)
      .values({
        personId: person.id,
        caseId: file.id,
        matterId: input.matterId,
        direction: input.direction,
        channel: input.channel,
        agencyId: counterpart.agencyId,
        contactId: counterpart.contactId,
        counterpartName: counterpart.counterpartName,
        counterpartLabel: counterpart.label,
        occurredOn: input.occurredOn,
        subject: input.subject,
        body: input.body,
        jurisdiction: input.jurisdiction,
        replyState: computed ? 'awaiting' : null,
        replyDue: input.replyDue ?? computed?.due ?? null,
        replyDueExplanation: input.replyDue ? BY_HAND : (computed?.explanation ?? null),
        chaserOfId: input.chaserOfId,
        confirmsId: input.confirmsId,
        confirmation: spoken ? (input.confirmInWriting ? 'needed' : 'not_needed') : null,
        recordedById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: communications.id });
    if (!row) throw new Error('communication insert returned nothing');
    const linked = await applyLinks(tx, input, person.id, row.id, now);
    await attachStagedDocuments(tx, {
      ids: input.attachmentIds,
      personId: person.id,
      userId: ctx.session.user.id,
      communicationId: row.id,
      now,
    });
    await tx.insert(timelineEvents).values({
      personId: person.id,
      caseId: file.id,
      matterId: input.matterId,
      kind: 'communication',
      communicationId: row.id,
      occurredOn: input.occurredOn,
      recordedById: ctx.session.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await auditClientChange(tx, ctx, 'communications.create', person.id, {
      communicationId: row.id,
      matterId: input.matterId,
      direction: input.direction,
      channel: input.channel,
      attachments: input.attachmentIds.length,
      linked,
    });
    return loadCommunicationView(tx, row.id, today);
  });
}
