import { anonymisationRequests, appendAudit, users } from '@umbrella/db';
import {
  anonymisationBlock,
  canRequestAnonymisation,
  retentionDueOn,
  type clientRetentionInput,
} from '@umbrella/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { inClientTransaction, openClientRecord, type StaffContext } from '../access/client-record.ts';
import { loadRetentionPolicyRow } from './policy-setting.ts';
import { loadRequestViews } from './request-view.ts';
import { loadRetentionFacts } from './retention-facts.ts';
import type { ClientRetention } from './views.ts';

/**
 * Retention on one client's profile: the legal hold, when the policy makes them due, a request awaiting
 * approval, and whether they were anonymised. Staff who may open the record; the read is audited.
 */
export async function getClientRetention(
  ctx: StaffContext,
  input: z.infer<typeof clientRetentionInput>,
): Promise<ClientRetention> {
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.read');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'clients.read',
      outcome: 'success',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.meta.requestId,
      details: { view: 'retention' },
    });
    const facts = await loadRetentionFacts(tx, person.id);
    const { policy } = await loadRetentionPolicyRow(tx);
    const [setBy] = person.legalHoldSetById
      ? await tx
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(eq(users.id, person.legalHoldSetById))
      : [];
    const [awaiting] = await loadRequestViews(tx, ctx, {
      where: and(
        eq(anonymisationRequests.personId, person.id),
        eq(anonymisationRequests.status, 'awaiting_approval'),
      ),
      orderBy: [asc(anonymisationRequests.createdAt)],
      limit: 1,
      offset: 0,
    });
    const anonymised = person.anonymisedAt !== null;
    const blockedBy = anonymisationBlock({
      caseStatus: facts.caseStatus,
      legalHold: person.legalHold,
      anonymised,
    });
    const { user } = ctx.session;
    return {
      personId: person.id,
      version: person.version,
      anonymisedAt: person.anonymisedAt?.toISOString() ?? null,
      legalHold: person.legalHold
        ? {
            reason: person.legalHoldReason ?? '',
            setBy: setBy ?? null,
            setAt: person.legalHoldSetAt?.toISOString() ?? null,
          }
        : null,
      caseStatus: facts.caseStatus,
      closedOn: facts.closedOn,
      dueOn: facts.closedOn && !anonymised ? retentionDueOn(facts.closedOn, facts.kinds, policy) : null,
      blockedBy,
      awaiting: awaiting ?? null,
      canChangeLegalHold: user.role === 'supervisor' && !anonymised,
      canRequest: canRequestAnonymisation(user) && blockedBy === null && !awaiting,
    };
  });
}
