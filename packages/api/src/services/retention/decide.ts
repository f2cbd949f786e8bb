import { anonymisationRequests, users, type DbOrTx } from '@umbrella/db';
import type { RetentionActor } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { badRequest, conflict, notFound } from '../../errors.ts';

export const ALREADY_DECIDED_MESSAGE = 'This request has already been decided or withdrawn.';

export type RequestRow = typeof anonymisationRequests.$inferSelect;

/**
 * Locks a request awaiting a decision, at the version the caller read, with the person who made it. A request
 * already decided is a BAD_REQUEST naming `id`; a stale version a CONFLICT.
 */
export async function lockAwaitingRequest(
  tx: DbOrTx,
  input: { id: string; version: number },
): Promise<{ request: RequestRow; requester: RetentionActor }> {
  const [request] = await tx
    .select()
    .from(anonymisationRequests)
    .where(eq(anonymisationRequests.id, input.id))
    .limit(1)
    .for('update');
  if (!request) throw notFound('request');
  if (request.status !== 'awaiting_approval') throw badRequest('id', ALREADY_DECIDED_MESSAGE);
  if (request.version !== input.version) throw conflict('request');
  const [requester] = await tx
    .select({ id: users.id, role: users.role, isAdmin: users.isAdmin })
    .from(users)
    .where(eq(users.id, request.requestedById))
    .limit(1);
  if (!requester) throw new Error(`request ${request.id} has no requester`);
  return { request, requester };
}
