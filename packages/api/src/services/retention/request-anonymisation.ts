import { anonymisationRequests } from '@umbrella/db';
import { ALREADY_AWAITING_MESSAGE, approverNeeded, type requestAnonymisationInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, type StaffContext } from '../access/client-record.ts';
import { blockFor, lockClient } from './retention-facts.ts';

/**
 * Asks a second person to approve anonymising a client (supervisors and administrators), with the reason.
 * Refused while the client is on legal hold, their case is open, they are already anonymised or another
 * request awaits approval. Nothing is removed until the request is approved.
 */
export async function requestAnonymisation(
  ctx: StaffContext,
  input: z.infer<typeof requestAnonymisationInput>,
): Promise<{ id: string; version: number; approverNeeded: string }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const person = await lockClient(tx, input.personId);
    const block = await blockFor(tx, person);
    if (block) throw badRequest('personId', block);
    const [awaiting] = await tx
      .select({ id: anonymisationRequests.id })
      .from(anonymisationRequests)
      .where(
        and(
          eq(anonymisationRequests.personId, person.id),
          eq(anonymisationRequests.status, 'awaiting_approval'),
        ),
      )
      .limit(1);
    if (awaiting) throw badRequest('personId', ALREADY_AWAITING_MESSAGE);
    const [created] = await tx
      .insert(anonymisationRequests)
      .values({
        personId: person.id,
        reason: input.reason,
        requestedById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: anonymisationRequests.id, version: anonymisationRequests.version });
    if (!created) throw new Error('anonymisation request insert returned nothing');
    await auditClientChange(tx, ctx, 'retention.request', person.id, { requestId: created.id });
    return { ...created, approverNeeded: approverNeeded(ctx.session.user) };
  });
}
