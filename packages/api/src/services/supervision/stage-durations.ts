import { appendAudit } from '@umbrella/db';
import {
  CLOSED,
  londonToday,
  STAGE_MACHINES,
  stageLabel,
  type MatterKind,
  type stageDurationsInput,
} from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { withoutJit } from './stall-query.ts';
import type { StageDurationRow, StageDurations } from './views.ts';

/**
 * Every stay of a matter of `kind` in a stage: entered by a stage event (opening, change, reopening), left at
 * the matter's next one (null while it is still there). `current` marks the stay an open matter of an open case
 * is in today; a stay with no next event on a closed case counts nowhere.
 */
export function stageStaysSql(kind: MatterKind, today: string): SQL {
  return sql`
    with ev as (
      select t.id as event_id, t.matter_id, m.case_id, t.to_stage as stage, t.occurred_on as entered_on,
             lead(t.occurred_on) over (partition by t.matter_id order by t.occurred_on, t.created_at, t.id) as left_on,
             m.stage as matter_stage, (c.status = 'open' and p.archived_at is null) as case_open
        from matters m
        join timeline_events t on t.matter_id = m.id
         and t.kind in ('stage_change', 'matter_opened', 'matter_reopened') and t.to_stage is not null
        join cases c on c.id = m.case_id join people p on p.id = c.person_id
       where m.kind = ${kind}
    )
    select ev.event_id, ev.matter_id, ev.case_id, ev.stage, ev.entered_on, ev.left_on,
           coalesce(ev.left_on, ${today}::date) - ev.entered_on as days, ev.left_on is null as current
      from ev
     where ev.stage <> 'closed'
       and (ev.left_on is not null or (ev.matter_stage = ev.stage and ev.case_open))`;
}

/** The stages of the kind's machine that were ever entered, in its order, with completed-stay figures. */
function toRows(kind: MatterKind, rows: Record<string, unknown>[]): StageDurationRow[] {
  const byStage = new Map(rows.map((r) => [String(r.stage), r]));
  const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return STAGE_MACHINES[kind].stages
    .filter((stage) => stage !== CLOSED && byStage.has(stage))
    .map((stage) => {
      const r = byStage.get(stage);
      return {
        stage,
        stageLabel: stageLabel(kind, stage),
        stays: Number(r?.stays ?? 0),
        medianDays: num(r?.median_days),
        p90Days: num(r?.p90_days),
        longestDays: num(r?.longest_days),
        currentlyIn: Number(r?.currently_in ?? 0),
      };
    });
}

/**
 * How long matters of one kind stayed in each stage (median, 90th centile, longest of the completed stays) and
 * how many open matters are in it now: one statement. Audited.
 */
export async function getStageDurations(
  ctx: StaffContext,
  input: z.infer<typeof stageDurationsInput>,
): Promise<StageDurations> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const result = await tx.execute(sql`
      with stays as (${stageStaysSql(input.kind, today)}),
      done as (
        select stage, count(*)::int as stays,
               percentile_cont(0.5) within group (order by days) as median_days,
               percentile_cont(0.9) within group (order by days) as p90_days,
               max(days) as longest_days
          from stays where not current group by stage
      ),
      now_in as (
        select m.stage, count(*)::int as currently_in
          from matters m join cases c on c.id = m.case_id join people p on p.id = c.person_id
         where m.kind = ${input.kind} and m.stage <> 'closed' and c.status = 'open' and p.archived_at is null
         group by m.stage
      )
      select e.stage, d.stays, d.median_days, d.p90_days, d.longest_days, n.currently_in
        from (select stage from stays union select stage from now_in) e
        left join done d on d.stage = e.stage left join now_in n on n.stage = e.stage`);
    const stages = toRows(input.kind, result.rows as Record<string, unknown>[]);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.stage_durations',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: { kind: input.kind },
    });
    return { kind: input.kind, stages };
  });
}
