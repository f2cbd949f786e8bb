import { deadlines, type DbOrTx } from '@umbrella/db';
import { deadlinesForStage, findRule, type MatterKind, type StageTriggerDetails } from '@umbrella/domain';
import { auditClientChange, type StaffContext } from '../access/client-record.ts';
import { computeOrRefuse } from './compute.ts';

export interface StageEventRef {
  personId: string;
  caseId: string;
  matterId: string;
  kind: MatterKind;
  /** The timeline event of the stage change (or of the matter opened at that stage). */
  eventId: string;
  toStage: string;
  /** When the stage happened. */
  occurredOn: string;
  details: StageTriggerDetails;
}

/**
 * Creates the deadlines a stage event starts (DOMAIN.md §2), in the caller's transaction, linked to the event.
 * Audited as one `deadlines.create` (ids only). A trigger the engine refuses (a decision-sent date far in the future) refuses the whole change.
 */
export async function createStageDeadlines(
  tx: DbOrTx,
  ctx: StaffContext,
  event: StageEventRef,
  today: string,
): Promise<string[]> {
  const wanted = deadlinesForStage(event.kind, event.toStage, event.details);
  if (wanted.length === 0) return [];
  const now = ctx.now();
  const rows = wanted.map(({ ruleId, trigger }) => {
    const computed = computeOrRefuse(
      { rule: ruleId, trigger: trigger ?? event.occurredOn, today },
      { trigger: 'occurredOn', today: 'occurredOn' },
    );
    return {
      personId: event.personId,
      caseId: event.caseId,
      matterId: event.matterId,
      timelineEventId: event.eventId,
      source: 'stage_event' as const,
      ruleId,
      triggerDate: computed.trigger,
      jurisdiction: computed.jurisdiction,
      due: computed.due,
      title: findRule(ruleId)?.title ?? ruleId,
      explanation: computed.explanation,
      certainty: computed.certainty,
      createdById: ctx.session.user.id,
      createdAt: now,
      updatedAt: now,
    };
  });
  const inserted = await tx.insert(deadlines).values(rows).returning({ id: deadlines.id });
  const ids = inserted.map((r) => r.id);
  await auditClientChange(tx, ctx, 'deadlines.create', event.personId, {
    deadlineIds: ids,
    matterId: event.matterId,
    timelineEventId: event.eventId,
    source: 'stage_event',
  });
  return ids;
}
