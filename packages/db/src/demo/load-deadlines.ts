import { computeDeadline, deadlinesForStage, findRule } from '@umbrella/domain';
import { and, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { deadlines } from '../schema/deadlines.ts';
import { asylumClaimDetails, matters, policeReportDetails } from '../schema/matters.ts';
import { timelineEvents } from '../schema/timeline.ts';

/**
 * The deadlines the demo matters' current stages started, computed by the same engine and triggers the
 * application uses, so My work and the profiles show realistic open (and some overdue) time limits.
 */
export async function loadDemoDeadlines(tx: DbOrTx): Promise<number> {
  const open = await tx
    .select({
      id: matters.id,
      personId: matters.personId,
      caseId: matters.caseId,
      kind: matters.kind,
      stage: matters.stage,
    })
    .from(matters)
    .where(ne(matters.stage, 'closed'));
  if (open.length === 0) return 0;
  const ids = open.map((m) => m.id);
  const events = await tx
    .select({
      id: timelineEvents.id,
      matterId: timelineEvents.matterId,
      toStage: timelineEvents.toStage,
      occurredOn: timelineEvents.occurredOn,
      recordedById: timelineEvents.recordedById,
    })
    .from(timelineEvents)
    .where(
      and(
        inArray(timelineEvents.matterId, ids),
        inArray(timelineEvents.kind, ['matter_opened', 'stage_change']),
      ),
    );
  const asylum = new Map(
    (await tx.select().from(asylumClaimDetails).where(inArray(asylumClaimDetails.matterId, ids))).map((d) => [
      d.matterId,
      d,
    ]),
  );
  const police = new Map(
    (await tx.select().from(policeReportDetails).where(inArray(policeReportDetails.matterId, ids))).map(
      (d) => [d.matterId, d],
    ),
  );

  const rows: (typeof deadlines.$inferInsert)[] = [];
  for (const matter of open) {
    // The event that brought the matter to its current stage (the latest one, if it came back to it).
    const event = events
      .filter((e) => e.matterId === matter.id && e.toStage === matter.stage)
      .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
    if (!event) continue;
    const details = asylum.get(matter.id) ?? police.get(matter.id) ?? null;
    for (const started of deadlinesForStage(matter.kind, matter.stage, details)) {
      const computed = computeDeadline({
        rule: started.ruleId,
        trigger: started.trigger ?? event.occurredOn,
      });
      rows.push({
        personId: matter.personId,
        caseId: matter.caseId,
        matterId: matter.id,
        timelineEventId: event.id,
        source: 'stage_event',
        ruleId: started.ruleId,
        triggerDate: started.trigger ?? event.occurredOn,
        due: computed.due,
        title: findRule(started.ruleId)?.title ?? started.ruleId,
        explanation: computed.explanation,
        certainty: computed.certainty,
        createdById: event.recordedById,
        // Recorded when the stage was, so the overdue trend sees it from then on.
        createdAt: new Date(`${event.occurredOn}T10:00:00Z`),
        updatedAt: new Date(`${event.occurredOn}T10:00:00Z`),
      });
    }
  }
  if (rows.length > 0) await tx.insert(deadlines).values(rows);
  return rows.length;
}
