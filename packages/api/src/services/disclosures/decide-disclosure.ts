import { disclosures, type DbOrTx } from '@umbrella/db';
import { londonToday, type decideDisclosureInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  type PersonRow,
  type StaffContext,
} from '../access/client-record.ts';
import { logCommunication, prepareCommunication } from '../communications/log-communication.ts';
import { loadDisclosureView, viewerOf } from './disclosure-view.ts';
import { recipientOf } from './firewall.ts';
import {
  heldAttachmentIds,
  openAwaitingRequest,
  pendingAsLogged,
  releaseRequest,
  type DisclosureRow,
} from './pending.ts';
import type { DisclosureView } from './views.ts';

type Input = z.infer<typeof decideDisclosureInput>;

/** A refusal of the held communication itself (its matter gone, a letter it chases answered meanwhile…). */
function noLongerLoggable(error: unknown): never {
  if (error instanceof AppError && error.code === 'BAD_REQUEST') {
    throw badRequest(
      'id',
      `This request can no longer be logged as it was asked: ${error.message} Refuse it, and the caseworker can ask again.`,
    );
  }
  throw error;
}

/**
 * The day the held communication is logged on: something sent could not go before it was approved, so today;
 * a call or meeting received took place before it was asked about, on the day it was asked with.
 */
function loggedOn(request: DisclosureRow, today: string): string {
  const held = request.pendingCommunication ?? {};
  return held.direction === 'incoming' && typeof held.occurredOn === 'string' ? held.occurredOn : today;
}

/**
 * Approval: the held communication is logged exactly as `communications.create` would log it, by whoever asked
 * (their attachments, their name as recorder), sent today (a call received: on its day); the disclosure is
 * made with the decision.
 */
async function approve(
  tx: DbOrTx,
  ctx: StaffContext,
  person: PersonRow,
  request: DisclosureRow,
  input: Input,
  now: Date,
  today: string,
): Promise<void> {
  const logged = await (async () => {
    const prepared = await prepareCommunication(
      tx,
      person.id,
      pendingAsLogged(ctx.cipher, request, loggedOn(request, today)),
    );
    if (
      recipientOf(prepared.counterpart.agencyCategory, prepared.input.recipientCategory) !==
      request.recipientCategory
    ) {
      throw badRequest('agencyId', 'The agency is now listed as another kind of recipient.');
    }
    const result = await logCommunication(tx, {
      cipher: ctx.cipher,
      personId: person.id,
      prepared,
      recordedById: request.requestedById,
      attachments: 'held',
      now,
      today,
    });
    return { ...result, label: prepared.counterpart.label };
  })().catch(noLongerLoggable);
  await tx
    .update(disclosures)
    .set({
      status: 'made',
      recipientLabel: logged.label,
      communicationId: logged.id,
      madeAt: now,
      decidedById: ctx.session.user.id,
      decidedAt: now,
      decisionReason: input.reason,
      pendingCommunication: null,
      version: sql`${disclosures.version} + 1`,
      updatedAt: now,
    })
    .where(eq(disclosures.id, request.id));
  await auditClientChange(tx, ctx, 'communications.create', person.id, {
    ...logged.auditDetails,
    disclosureId: request.id,
    basis: 'legal_basis',
    recipientCategory: request.recipientCategory,
  });
  await auditClientChange(tx, ctx, 'disclosures.approve', person.id, {
    disclosureId: request.id,
    communicationId: logged.id,
    recipientCategory: request.recipientCategory,
    legalBasis: request.legalBasis,
  });
}

/**
 * A supervisor's decision on a communication held by the disclosure firewall, always with a written reason
 * (a supervisor may decide their own request: the decision is still a separate act). Approved: logged as sent
 * today and the disclosure made, in one transaction. Refused: nothing is sent; the held attachments go back to
 * staged and are pruned. Version-checked; a request already decided or withdrawn is refused (field `id`).
 */
export async function decideDisclosure(ctx: StaffContext, input: Input): Promise<DisclosureView> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const action = input.decision === 'approve' ? 'disclosures.approve' : 'disclosures.refuse';
    // Approval writes on the record (refused on an archived client); a refusal only closes the request.
    const { person, request } = await openAwaitingRequest(tx, ctx, input, action, {
      write: input.decision === 'approve',
    });
    if (input.decision === 'approve') {
      await approve(tx, ctx, person, request, input, now, today);
    } else {
      await tx
        .update(disclosures)
        .set({
          status: 'refused',
          decidedById: ctx.session.user.id,
          decidedAt: now,
          decisionReason: input.reason,
          pendingCommunication: null,
          version: sql`${disclosures.version} + 1`,
          updatedAt: now,
        })
        .where(eq(disclosures.id, request.id));
      await releaseRequest(tx, request, now);
      await auditClientChange(tx, ctx, 'disclosures.refuse', person.id, {
        disclosureId: request.id,
        recipientCategory: request.recipientCategory,
        releasedAttachments: heldAttachmentIds(request).length,
      });
    }
    return loadDisclosureView(tx, request.id, viewerOf(ctx));
  });
}
