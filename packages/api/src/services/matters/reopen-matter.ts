import { matters, timelineEvents } from '@umbrella/db';
import { CLOSED, STAGE_MACHINES, type reopenMatterInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { auditMatterChange, loadMatterForChange, whereMatterAtVersion } from './load-matter.ts';
import { loadMatterView, type MatterView } from './matter-view.ts';

/** Reopens a closed matter at the stage it was closed from. */
export async function reopenMatter(
  ctx: StaffContext,
  input: z.infer<typeof reopenMatterInput>,
): Promise<MatterView> {
  const now = ctx.now();
  assertNotInFuture('occurredOn', input.occurredOn, now);
  return inClientTransaction(ctx, async (tx) => {
    const before = await loadMatterForChange(tx, ctx, input, 'matters.reopen');
    if (before.stage !== CLOSED) throw badRequest('matterId', 'This matter is not closed.');
    const machine = STAGE_MACHINES[before.kind];
    const stage = before.stageBeforeClosing ?? machine.initial[0] ?? machine.stages[0];
    if (!stage) throw new Error(`stage machine of ${before.kind} has no stages`);
    const [updated] = await tx
      .update(matters)
      .set({
        stage,
        stageBeforeClosing: null,
        stageChangedOn: input.occurredOn,
        version: sql`${matters.version} + 1`,
        updatedAt: now,
      })
      .where(whereMatterAtVersion(input))
      .returning();
    if (!updated) throw await staleOrMissing(tx, matters, input.matterId, 'matter');
    await tx.insert(timelineEvents).values({
      personId: before.personId,
      caseId: before.caseId,
      matterId: before.id,
      kind: 'matter_reopened',
      occurredOn: input.occurredOn,
      recordedById: ctx.session.user.id,
      fromStage: CLOSED,
      toStage: stage,
      note: input.note,
      createdAt: now,
      updatedAt: now,
    });
    await auditMatterChange(tx, ctx, 'matters.reopen', updated);
    return loadMatterView(tx, ctx.cipher, updated.id);
  });
}
