import { anonymisationRequests } from '@umbrella/db';
import type { refuseAnonymisationInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { AccessDenial } from '../access/denial.ts';
import { lockAwaitingRequest } from './decide.ts';

export const REFUSE_OWN_MESSAGE =
  'You asked for this anonymisation: withdraw the request instead of refusing it.';

/** Refuses a request (any supervisor or administrator but the one who asked), with a note. Nothing is removed. */
export async function refuseAnonymisation(
  ctx: StaffContext,
  input: z.infer<typeof refuseAnonymisationInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { request } = await lockAwaitingRequest(tx, input);
    if (request.requestedById === ctx.session.user.id) {
      throw new AccessDenial(
        {
          action: 'retention.refuse',
          entityType: 'person',
          entityId: request.personId,
          details: { requestId: request.id, reason: 'own_request' },
        },
        REFUSE_OWN_MESSAGE,
      );
    }
    const [refused] = await tx
      .update(anonymisationRequests)
      .set({
        status: 'refused',
        decidedById: ctx.session.user.id,
        decidedAt: now,
        decisionNote: input.note,
        version: sql`${anonymisationRequests.version} + 1`,
        updatedAt: now,
      })
      .where(eq(anonymisationRequests.id, request.id))
      .returning({ id: anonymisationRequests.id, version: anonymisationRequests.version });
    if (!refused) throw new Error('the locked request could not be updated');
    await auditClientChange(tx, ctx, 'retention.refuse', request.personId, { requestId: request.id });
    return refused;
  });
}
