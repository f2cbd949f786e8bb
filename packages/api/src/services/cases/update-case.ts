import { appendAudit, cases, timelineEvents } from '@umbrella/db';
import type { updateCaseInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { breakGlassDetails } from '../access/break-glass-access.ts';
import { inClientTransaction, openClientRecord, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertStaffMember } from '../clients/check-references.ts';
import { organisationToday } from './calendar.ts';

/** Opens or closes a case file and names its lead caseworker. Opening and closing leave a timeline event. */
export async function updateCase(
  ctx: StaffContext,
  input: z.infer<typeof updateCaseInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  const today = organisationToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(cases).where(eq(cases.id, input.id)).limit(1);
    if (!before) throw notFound('case file');
    await openClientRecord(tx, ctx, before.personId, 'cases.update', { write: true });
    if (before.version !== input.version) throw conflict('case file');
    if (before.leadCaseworkerId !== input.leadCaseworkerId && ctx.session.user.role !== 'supervisor') {
      // Like the key worker, the lead caseworker reads the case's supervision notes: a supervisor decides.
      throw badRequest('leadCaseworkerId', 'Only a supervisor can change the lead caseworker.');
    }
    await assertStaffMember(tx, 'leadCaseworkerId', input.leadCaseworkerId);
    const statusChanged = before.status !== input.status;
    const [updated] = await tx
      .update(cases)
      .set({
        status: input.status,
        closedOn: input.status === 'closed' ? (statusChanged ? today : before.closedOn) : null,
        leadCaseworkerId: input.leadCaseworkerId,
        version: sql`${cases.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(cases.id, input.id), eq(cases.version, input.version)))
      .returning({ id: cases.id, version: cases.version });
    if (!updated) throw await staleOrMissing(tx, cases, input.id, 'case file');
    if (statusChanged) {
      await tx.insert(timelineEvents).values({
        personId: before.personId,
        caseId: before.id,
        kind: input.status === 'closed' ? 'case_closed' : 'case_opened',
        occurredOn: today,
        recordedById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      });
    }
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'cases.update',
      outcome: 'success',
      entityType: 'case',
      entityId: before.id,
      requestId: ctx.meta.requestId,
      details: {
        personId: before.personId,
        changed: [
          ...(statusChanged ? ['status'] : []),
          ...(before.leadCaseworkerId !== input.leadCaseworkerId ? ['leadCaseworkerId'] : []),
        ],
        ...breakGlassDetails(tx, before.personId),
      },
    });
    return updated;
  });
}
