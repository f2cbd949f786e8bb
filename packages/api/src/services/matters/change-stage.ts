import { matters, timelineEvents } from '@umbrella/db';
import {
  checkTransition,
  CLOSED,
  detailsImpliedByStage,
  londonToday,
  STAGE_MACHINES,
  type changeStageInput,
} from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { createStageDeadlines } from '../deadlines/stage-deadlines.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { applyImpliedDetails } from './details.ts';
import { auditMatterChange, loadMatterForChange, whereMatterAtVersion } from './load-matter.ts';
import { loadMatterView, type MatterView } from './matter-view.ts';

/**
 * Moves a matter to another stage through its kind's stage machine, on the date it happened. A decision
 * stage also records the decision in the details; closing remembers the stage to reopen at.
 */
export async function changeStage(
  ctx: StaffContext,
  input: z.infer<typeof changeStageInput>,
): Promise<MatterView> {
  const now = ctx.now();
  assertNotInFuture('occurredOn', input.occurredOn, now);
  return inClientTransaction(ctx, async (tx) => {
    const before = await loadMatterForChange(tx, ctx, input, 'matters.change_stage');
    const verdict = checkTransition(STAGE_MACHINES[before.kind], before.stage, input.toStage);
    if (!verdict.ok) throw badRequest('toStage', verdict.message);
    const closing = input.toStage === CLOSED;
    const [updated] = await tx
      .update(matters)
      .set({
        stage: input.toStage,
        stageBeforeClosing: closing ? before.stage : null,
        stageChangedOn: input.occurredOn,
        version: sql`${matters.version} + 1`,
        updatedAt: now,
      })
      .where(whereMatterAtVersion(input))
      .returning();
    if (!updated) throw await staleOrMissing(tx, matters, input.matterId, 'matter');
    if (!closing) {
      await applyImpliedDetails(
        tx,
        before.kind,
        before.id,
        detailsImpliedByStage(before.kind, input.toStage, input.occurredOn),
      );
    }
    const [event] = await tx
      .insert(timelineEvents)
      .values({
        personId: before.personId,
        caseId: before.caseId,
        matterId: before.id,
        kind: 'stage_change',
        occurredOn: input.occurredOn,
        recordedById: ctx.session.user.id,
        fromStage: before.stage,
        toStage: input.toStage,
        note: input.note,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: timelineEvents.id });
    if (!event) throw new Error('timeline insert returned nothing');
    const view = await loadMatterView(tx, ctx.cipher, updated.id);
    await createStageDeadlines(
      tx,
      ctx,
      {
        personId: updated.personId,
        caseId: updated.caseId,
        matterId: updated.id,
        kind: updated.kind,
        eventId: event.id,
        toStage: input.toStage,
        occurredOn: input.occurredOn,
        details: view.details,
      },
      londonToday(now),
    );
    await auditMatterChange(tx, ctx, 'matters.change_stage', updated, { changed: ['stage'] });
    return view;
  });
}
