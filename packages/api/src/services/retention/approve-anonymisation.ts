import { anonymisationRequests } from '@umbrella/db';
import { approvalRefusal, type anonymisationRequestRefInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { AccessDenial } from '../access/denial.ts';
import { anonymiseClientRows } from './anonymise-client.ts';
import { lockAwaitingRequest } from './decide.ts';
import { callerActor } from './request-view.ts';
import { blockFor, lockClient } from './retention-facts.ts';

/**
 * Approves a request and anonymises the client in the same transaction (the second person: between the
 * requester and the approver a supervisor and an administrator, never the same person). The legal hold, the
 * case and an earlier anonymisation are checked again under lock. The act is audited with the rows touched.
 */
export async function approveAnonymisation(
  ctx: StaffContext,
  input: z.infer<typeof anonymisationRequestRefInput>,
): Promise<{ id: string; version: number; anonymisedAt: string }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { request, requester } = await lockAwaitingRequest(tx, input);
    const refusal = approvalRefusal(requester, callerActor(ctx));
    if (refusal) {
      throw new AccessDenial(
        {
          action: 'retention.approve',
          entityType: 'person',
          entityId: request.personId,
          details: { requestId: request.id, reason: 'two_person_rule' },
        },
        refusal,
      );
    }
    const person = await lockClient(tx, request.personId);
    const block = await blockFor(tx, person);
    if (block) throw badRequest('personId', block);
    const [approved] = await tx
      .update(anonymisationRequests)
      .set({
        status: 'approved',
        decidedById: ctx.session.user.id,
        decidedAt: now,
        version: sql`${anonymisationRequests.version} + 1`,
        updatedAt: now,
      })
      .where(eq(anonymisationRequests.id, request.id))
      .returning({ id: anonymisationRequests.id, version: anonymisationRequests.version });
    if (!approved) throw new Error('the locked request could not be updated');
    const rows = await anonymiseClientRows(tx, ctx.cipher, person.id, now);
    await auditClientChange(tx, ctx, 'clients.anonymise', person.id, {
      requestId: request.id,
      requestedById: request.requestedById,
      approvedById: ctx.session.user.id,
      rows,
    });
    return { ...approved, anonymisedAt: now.toISOString() };
  });
}
