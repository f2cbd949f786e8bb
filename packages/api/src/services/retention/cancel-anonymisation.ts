import { anonymisationRequests } from '@umbrella/db';
import type { anonymisationRequestRefInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { AccessDenial } from '../access/denial.ts';
import { lockAwaitingRequest } from './decide.ts';

export const CANCEL_OTHERS_MESSAGE = 'Only the person who asked can withdraw this request.';

/** Withdraws one's own request while it awaits approval. Nothing is removed. */
export async function cancelAnonymisation(
  ctx: StaffContext,
  input: z.infer<typeof anonymisationRequestRefInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { request } = await lockAwaitingRequest(tx, input);
    if (request.requestedById !== ctx.session.user.id) {
      throw new AccessDenial(
        {
          action: 'retention.cancel',
          entityType: 'person',
          entityId: request.personId,
          details: { requestId: request.id, reason: 'not_requester' },
        },
        CANCEL_OTHERS_MESSAGE,
      );
    }
    const [cancelled] = await tx
      .update(anonymisationRequests)
      .set({
        status: 'cancelled',
        decidedById: ctx.session.user.id,
        decidedAt: now,
        version: sql`${anonymisationRequests.version} + 1`,
        updatedAt: now,
      })
      .where(eq(anonymisationRequests.id, request.id))
      .returning({ id: anonymisationRequests.id, version: anonymisationRequests.version });
    if (!cancelled) throw new Error('the locked request could not be updated');
    await auditClientChange(tx, ctx, 'retention.cancel', request.personId, { requestId: request.id });
    return cancelled;
  });
}
