import { deadlines, matters, timelineEvents } from '@umbrella/db';
import {
  deadlinesForStage,
  detailsImpliedByStage,
  formatDay,
  londonToday,
  plural,
  stageLabel,
  type correctStageDateInput,
} from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { computeOrRefuse } from '../deadlines/compute.ts';
import { applyImpliedDetails } from './details.ts';
import { loadMatterView } from './matter-view.ts';

/** Timeline events that put a matter at a stage (and so may have started deadlines). */
const STAGE_EVENT_KINDS = ['stage_change', 'matter_opened'] as const;

/**
 * Corrects the date a stage happened, recomputes the open deadlines it started (met, missed and waived ones
 * are left as they were) and says so on the client's timeline.
 */
export async function correctStageDate(
  ctx: StaffContext,
  input: z.infer<typeof correctStageDateInput>,
): Promise<{ recomputed: number }> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture('occurredOn', input.occurredOn, now);
  return inClientTransaction(ctx, async (tx) => {
    const [event] = await tx
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.id, input.eventId))
      .limit(1)
      .for('update');
    if (!event) throw notFound('timeline event');
    await openClientRecord(tx, ctx, event.personId, 'matters.correct_stage_date', { write: true });
    const isStageEvent = (STAGE_EVENT_KINDS as readonly string[]).includes(event.kind);
    if (!isStageEvent || !event.matterId || !event.toStage) {
      throw badRequest('eventId', 'Only the date of a stage change can be corrected here.');
    }
    const [matter] = await tx
      .select()
      .from(matters)
      .where(eq(matters.id, event.matterId))
      .limit(1)
      .for('update');
    if (!matter) throw notFound('matter');
    const toStage = event.toStage;
    const previous = event.occurredOn;

    await tx
      .update(timelineEvents)
      .set({ occurredOn: input.occurredOn, updatedAt: now })
      .where(eq(timelineEvents.id, event.id));

    // When the matter is still at this stage from this date, its stage date and the details the stage implies
    // follow the correction.
    if (matter.stage === toStage && matter.stageChangedOn === previous) {
      await tx
        .update(matters)
        .set({
          stageChangedOn: input.occurredOn,
          ...(event.kind === 'matter_opened' ? { openedOn: input.occurredOn } : {}),
          version: sql`${matters.version} + 1`,
          updatedAt: now,
        })
        .where(eq(matters.id, matter.id));
      await applyImpliedDetails(
        tx,
        matter.kind,
        matter.id,
        detailsImpliedByStage(matter.kind, toStage, input.occurredOn),
      );
    }

    const view = await loadMatterView(tx, ctx.cipher, matter.id);
    const triggers = new Map(
      deadlinesForStage(matter.kind, toStage, view.details).map((d) => [d.ruleId as string, d.trigger]),
    );
    const open = await tx
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.timelineEventId, event.id), eq(deadlines.status, 'open')))
      .for('update');
    const recomputedIds: string[] = [];
    for (const deadline of open) {
      if (!deadline.ruleId) continue;
      const computed = computeOrRefuse(
        {
          rule: deadline.ruleId,
          trigger: triggers.get(deadline.ruleId) ?? input.occurredOn,
          jurisdiction: deadline.jurisdiction,
          today,
        },
        { trigger: 'occurredOn', today: 'occurredOn' },
      );
      await tx
        .update(deadlines)
        .set({
          triggerDate: computed.trigger,
          due: computed.due,
          explanation: computed.explanation,
          certainty: computed.certainty,
          version: sql`${deadlines.version} + 1`,
          updatedAt: now,
        })
        .where(eq(deadlines.id, deadline.id));
      recomputedIds.push(deadline.id);
    }

    const [note] = await tx
      .insert(timelineEvents)
      .values({
        personId: event.personId,
        caseId: event.caseId,
        matterId: matter.id,
        kind: 'note',
        occurredOn: today,
        recordedById: ctx.session.user.id,
        note:
          `Corrected the date of “${stageLabel(matter.kind, toStage)}” from ${formatDay(previous)} to ` +
          `${formatDay(input.occurredOn)}; ${plural(recomputedIds.length, 'open deadline', 'open deadlines')} recomputed.`,
        details: { correctedEventId: event.id, recomputedDeadlineIds: recomputedIds },
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: timelineEvents.id });
    if (!note) throw new Error('timeline insert returned nothing');
    await auditClientChange(tx, ctx, 'matters.correct_stage_date', event.personId, {
      timelineEventId: event.id,
      matterId: matter.id,
      noteEventId: note.id,
      deadlineIds: recomputedIds,
    });
    return { recomputed: recomputedIds.length };
  });
}
