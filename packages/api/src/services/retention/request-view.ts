import { anonymisationRequests, people, users, type DbOrTx } from '@umbrella/db';
import {
  approverNeeded,
  canApproveAnonymisation,
  canRequestAnonymisation,
  type RetentionActor,
} from '@umbrella/domain';
import { eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { StaffContext } from '../access/client-record.ts';
import type { AnonymisationRequestView } from './views.ts';

const requester = alias(users, 'anonymisation_requester');
const decider = alias(users, 'anonymisation_decider');

/** Supervisors see clients' names on the retention pages; an administrator who is not one sees ids only. */
export function showsClientNames(ctx: StaffContext): boolean {
  return ctx.session.user.role === 'supervisor';
}

/** The caller as the two-person rule sees them. */
export function callerActor(ctx: StaffContext): RetentionActor {
  const { id, role, isAdmin } = ctx.session.user;
  return { id, role, isAdmin };
}

/** Requests as the caller sees them, with what the caller may do with each. */
export async function loadRequestViews(
  tx: DbOrTx,
  ctx: StaffContext,
  query: { where: SQL | undefined; orderBy: SQL[]; limit: number; offset: number },
): Promise<AnonymisationRequestView[]> {
  const rows = await tx
    .select({
      request: anonymisationRequests,
      displayName: people.displayName,
      requester: {
        id: requester.id,
        displayName: requester.displayName,
        role: requester.role,
        isAdmin: requester.isAdmin,
      },
      decider: { id: decider.id, displayName: decider.displayName },
    })
    .from(anonymisationRequests)
    .innerJoin(people, eq(people.id, anonymisationRequests.personId))
    .innerJoin(requester, eq(requester.id, anonymisationRequests.requestedById))
    .leftJoin(decider, eq(decider.id, anonymisationRequests.decidedById))
    .where(query.where)
    .orderBy(...query.orderBy)
    .limit(query.limit)
    .offset(query.offset);
  const caller = callerActor(ctx);
  const names = showsClientNames(ctx);
  return rows.map(({ request, displayName, requester: asker, decider: decidedBy }) => {
    const awaiting = request.status === 'awaiting_approval';
    const askerActor = { id: asker.id, role: asker.role, isAdmin: asker.isAdmin };
    return {
      id: request.id,
      version: request.version,
      personId: request.personId,
      displayName: names ? displayName : null,
      status: request.status,
      reason: request.reason,
      requestedBy: { id: asker.id, displayName: asker.displayName },
      requestedAt: request.createdAt.toISOString(),
      decidedBy: decidedBy,
      decidedAt: request.decidedAt?.toISOString() ?? null,
      decisionNote: request.decisionNote,
      approverNeeded: approverNeeded(askerActor),
      canApprove: awaiting && canApproveAnonymisation(askerActor, caller),
      canRefuse: awaiting && caller.id !== asker.id && canRequestAnonymisation(caller),
      canCancel: awaiting && caller.id === asker.id,
    };
  });
}
