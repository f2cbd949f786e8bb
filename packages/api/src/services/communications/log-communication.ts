import {
  clientSearchWords,
  communications,
  matters,
  sealCommunicationText,
  timelineEvents,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import { computeReplyDue, isSpokenChannel, type createCommunicationInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { attachStagedDocuments } from './attach-documents.ts';
import { BY_HAND } from './communication-view.ts';
import { resolveCounterpart, type Counterpart } from './counterpart.ts';
import { addressFollowUp } from './follow-up-recipient.ts';
import { linkedCommunication, type CommunicationRow } from './load-communication.ts';
import { loadChain, markChainAnswered } from './reply-chain.ts';

export type CommunicationInput = z.infer<typeof createCommunicationInput>;

/** What a communication names, checked before anything is written. */
export interface PreparedCommunication {
  /** The input as it is logged: a chaser or a confirmation addressed as what it follows up. */
  input: CommunicationInput;
  caseId: string;
  counterpart: Counterpart;
}

/**
 * Checks the matter is on the client's case file and the counterpart exists; addresses a chaser or a
 * confirmation as what it follows up; finds the case file. Callers log `prepared.input`, not their own.
 */
export async function prepareCommunication(
  tx: DbOrTx,
  personId: string,
  given: CommunicationInput,
): Promise<PreparedCommunication> {
  const input = await addressFollowUp(tx, personId, given);
  if (input.matterId) {
    const [matter] = await tx
      .select({ id: matters.id })
      .from(matters)
      .where(and(eq(matters.id, input.matterId), eq(matters.personId, personId)));
    if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
  }
  const counterpart = await resolveCounterpart(tx, input);
  const file = await loadCaseFile(tx, personId);
  return { input, caseId: file.id, counterpart };
}

interface LinkedRows {
  original: CommunicationRow | null;
  spoken: CommunicationRow | null;
  sent: CommunicationRow | null;
}

/**
 * The earlier communications this one chases, confirms or answers, checked (and locked) for a communication
 * sent or received on `occurredOn`. Nothing is written.
 */
export async function checkLinks(
  tx: DbOrTx,
  input: Pick<CommunicationInput, 'chaserOfId' | 'confirmsId' | 'replyToId'>,
  personId: string,
  occurredOn: string,
): Promise<LinkedRows> {
  const linked: LinkedRows = { original: null, spoken: null, sent: null };
  if (input.chaserOfId) {
    const original = await linkedCommunication(tx, personId, input.chaserOfId, 'chaserOfId');
    if (original.direction !== 'outgoing' || original.replyState !== 'awaiting') {
      throw badRequest('chaserOfId', 'Only something sent and still awaiting a reply can be chased.');
    }
    if (occurredOn < original.occurredOn) {
      throw badRequest('occurredOn', 'A chaser cannot have been sent before the letter it chases.');
    }
    linked.original = original;
  }
  if (input.confirmsId) {
    const spoken = await linkedCommunication(tx, personId, input.confirmsId, 'confirmsId');
    if (spoken.confirmation !== 'needed') {
      throw badRequest('confirmsId', 'That call or meeting is not waiting to be confirmed in writing.');
    }
    if (occurredOn < spoken.occurredOn) {
      throw badRequest('occurredOn', 'A confirmation cannot have been sent before the call or meeting.');
    }
    linked.spoken = spoken;
  }
  if (input.replyToId) {
    const sent = await linkedCommunication(tx, personId, input.replyToId, 'replyToId');
    if (sent.direction !== 'outgoing' || !sent.replyState || sent.replyState === 'answered') {
      throw badRequest('replyToId', 'That communication is not waiting for a reply.');
    }
    if (occurredOn < sent.occurredOn) {
      throw badRequest('occurredOn', 'A reply cannot have been received before the letter was sent.');
    }
    linked.sent = sent;
  }
  return linked;
}

/** The earlier communication this one chases, confirms or answers: checked, then updated to match. */
async function applyLinks(
  tx: DbOrTx,
  input: CommunicationInput,
  personId: string,
  newId: string,
  now: Date,
): Promise<string[]> {
  const { original, spoken, sent } = await checkLinks(tx, input, personId, input.occurredOn);
  const changed: string[] = [];
  if (original) {
    await tx
      .update(communications)
      .set({ replyState: 'chased', version: sql`${communications.version} + 1`, updatedAt: now })
      .where(eq(communications.id, original.id));
    changed.push(original.id);
  }
  if (spoken) {
    await tx
      .update(communications)
      .set({ confirmation: 'done', version: sql`${communications.version} + 1`, updatedAt: now })
      .where(eq(communications.id, spoken.id));
    changed.push(spoken.id);
  }
  if (sent) {
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
 * Writes a communication on a client's case: the row (with its reply-due date: set by hand, the agency's own
 * or the practice default), its links to earlier ones, its attachments and its timeline event. Used by
 * `communications.create` and by a supervisor's approval of a request held by the disclosure firewall, so
 * both log exactly the same way. The caller has opened the record, prepared the input and writes the audit;
 * returns the new id and the audit details (ids and counts only).
 */
export async function logCommunication(
  tx: DbOrTx,
  args: {
    personId: string;
    /** Seals the subject and text (they quote names and references). */
    cipher: FieldCipher;
    prepared: PreparedCommunication;
    /** Who logged it (the requester, for an approved request), and whose files it attaches. */
    recordedById: string;
    /** `held`: the attachments a request awaiting approval held. */
    attachments: 'staged' | 'held';
    now: Date;
    today: string;
  },
): Promise<{ id: string; auditDetails: Record<string, unknown> }> {
  const { prepared, now } = args;
  const { input, counterpart } = prepared;
  // A chaser waits for the reply the letter it chases was waiting for, whether or not the box was ticked.
  const expectsReply = input.expectsReply || input.chaserOfId !== null;
  const computed = expectsReply
    ? computeReplyDue({
        sentOn: input.occurredOn,
        agencyWorkingDays: counterpart.replyExpectedWorkingDays,
        agencyName: counterpart.agencyName,
        jurisdiction: input.jurisdiction,
        today: args.today,
      })
    : null;
  const spoken = isSpokenChannel(input.channel);
  const [row] = await tx
    .insert(communications)
    .values({
      personId: args.personId,
      caseId: prepared.caseId,
      matterId: input.matterId,
      direction: input.direction,
      channel: input.channel,
      agencyId: counterpart.agencyId,
      contactId: counterpart.contactId,
      counterpartName: counterpart.counterpartName,
      counterpartLabel: counterpart.label,
      occurredOn: input.occurredOn,
      ...sealCommunicationText(
        args.cipher,
        { subject: input.subject, counterpartLabel: counterpart.label, body: input.body },
        await clientSearchWords(tx, args.cipher, args.personId),
      ),
      jurisdiction: input.jurisdiction,
      replyState: computed ? 'awaiting' : null,
      replyDue: input.replyDue ?? computed?.due ?? null,
      replyDueExplanation: input.replyDue ? BY_HAND : (computed?.explanation ?? null),
      chaserOfId: input.chaserOfId,
      confirmsId: input.confirmsId,
      confirmation: spoken ? (input.confirmInWriting ? 'needed' : 'not_needed') : null,
      recordedById: args.recordedById,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: communications.id });
  if (!row) throw new Error('communication insert returned nothing');
  const linked = await applyLinks(tx, input, args.personId, row.id, now);
  await attachStagedDocuments(tx, {
    ids: input.attachmentIds,
    personId: args.personId,
    userId: args.recordedById,
    communicationId: row.id,
    now,
    from: args.attachments,
  });
  await tx.insert(timelineEvents).values({
    personId: args.personId,
    caseId: prepared.caseId,
    matterId: input.matterId,
    kind: 'communication',
    communicationId: row.id,
    occurredOn: input.occurredOn,
    recordedById: args.recordedById,
    createdAt: now,
    updatedAt: now,
  });
  return {
    id: row.id,
    auditDetails: {
      communicationId: row.id,
      matterId: input.matterId,
      direction: input.direction,
      channel: input.channel,
      attachments: input.attachmentIds.length,
      linked,
    },
  };
}
