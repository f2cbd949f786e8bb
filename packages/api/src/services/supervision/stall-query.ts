import type { DbOrTx } from '@umbrella/db';
import { STALL_REASONS, type CaseActivity, type StallCutoffs, type StallReason } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';

/** The London calendar day of an instant: the organisation's days, whatever the server's zone. */
export const londonDate = (instant: SQL): SQL => sql`((${instant}) at time zone 'Europe/London')::date`;

/** When the rules look: London's today, and the instant (an appointment counts once it has begun). */
export interface StallClock {
  today: string;
  now: Date;
}

/**
 * For this transaction only: PostgreSQL would JIT-compile the dashboard statements (the per-case subqueries give
 * them a high estimated cost), spending a second to save nothing. Measured on 5,000 cases: 1.2-2.7 s with JIT,
 * about 230 ms without. PGlite has no JIT; the setting is harmless there.
 */
export async function withoutJit(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true)`);
}

const STAGE_EVENT_KINDS = sql`('stage_change', 'matter_opened', 'matter_reopened')`;

/**
 * The latest day of each kind of activity on the case `caseId` (an SQL expression), days after today left out.
 * Each is a correlated subquery on an index leading with case_id (migration 0009).
 */
export function activitySql(caseId: SQL, clock: StallClock): Record<keyof CaseActivity, SQL> {
  const today = sql`${clock.today}::date`;
  const now = sql`${clock.now.toISOString()}::timestamptz`;
  return {
    lastCommunicationOn: sql`(select max(x.occurred_on) from communications x
      where x.case_id = ${caseId} and x.occurred_on <= ${today})`,
    lastNoteOn: sql`(select max(x.occurred_on) from timeline_events x
      where x.case_id = ${caseId} and x.kind = 'note' and x.occurred_on <= ${today})`,
    lastStageChangeOn: sql`(select max(x.occurred_on) from timeline_events x
      where x.case_id = ${caseId} and x.kind in ${STAGE_EVENT_KINDS} and x.occurred_on <= ${today})`,
    // Held: scheduled, begun, and not reported as missed or cancelled on the day.
    lastAppointmentOn: sql`(select ${londonDate(sql`max(x.starts_at)`)} from appointments x
      where x.case_id = ${caseId} and x.status = 'scheduled' and x.starts_at < ${now}
        and not exists (select 1 from accompaniment_reports r where r.appointment_id = x.id
          and r.status = 'filed' and r.outcome in ('client_did_not_attend', 'cancelled')))`,
    lastDeadlineMetOn: sql`(select max(${londonDate(sql`x.status_changed_at`)}) from deadlines x
      where x.case_id = ${caseId} and x.status = 'met' and ${londonDate(sql`x.status_changed_at`)} <= ${today})`,
  };
}

/** The latest activity day of the case (null when none): greatest() skips nulls. */
export function lastActivitySql(caseId: SQL, clock: StallClock): SQL {
  const a = activitySql(caseId, clock);
  return sql`greatest(${a.lastCommunicationOn}, ${a.lastNoteOn}, ${a.lastStageChangeOn}, ${a.lastAppointmentOn}, ${a.lastDeadlineMetOn})`;
}

/** The latest day before today of an appointment the client did not attend (a filed report says so). */
function lastMissedSql(caseId: SQL, clock: StallClock): SQL {
  return sql`(select max(${londonDate(sql`x.starts_at`)}) from appointments x
    where x.case_id = ${caseId} and x.status = 'scheduled' and ${londonDate(sql`x.starts_at`)} < ${clock.today}::date
      and exists (select 1 from accompaniment_reports r where r.appointment_id = x.id
        and r.status = 'filed' and r.outcome = 'client_did_not_attend'))`;
}

/** The stage cut-offs as a relation (kind, stage, since); an empty list still has its columns. */
function stageCutoffsRelation(cutoffs: StallCutoffs): SQL {
  if (cutoffs.stages.length === 0) return sql`(select null::text, null::text, null::date where false)`;
  const rows = cutoffs.stages.map(
    (s) => sql`(${s.kind}::text, ${s.stage}::text, ${s.flaggedIfSinceOnOrBefore}::date)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)})`;
}

/** When each reason holds for the open case `oc` (with its latest review `lr`): the domain's rules as SQL. */
function reasonConditions(cutoffs: StallCutoffs): Record<StallReason, SQL> {
  const today = sql`${cutoffs.today}::date`;
  return {
    deadline_overdue: sql`exists (select 1 from deadlines d
      where d.case_id = oc.case_id and d.status = 'open' and d.due < ${today})`,
    reply_overdue: sql`exists (select 1 from communications m
      where m.case_id = oc.case_id and m.reply_state = 'awaiting' and m.reply_due < ${cutoffs.replyLateIfDueBefore}::date)`,
    // Nothing on a later day than the last missed appointment (null when none was missed).
    missed_appointment_without_follow_up: sql`oc.last_missed_on >= coalesce(oc.last_activity_on, oc.last_missed_on)`,
    stage_overdue: sql`exists (select 1 from matters m
      join ${stageCutoffsRelation(cutoffs)} as cut(kind, stage, since) on cut.kind = m.kind and cut.stage = m.stage
      where m.case_id = oc.case_id and m.stage <> 'closed' and m.stage_changed_on <= cut.since)`,
    no_activity: sql`coalesce(oc.last_activity_on, oc.opened_on) < ${cutoffs.inactiveIfLastActivityBefore}::date`,
    no_key_worker: sql`oc.key_worker_id is null`,
    review_due: sql`case when lr.next_review_on is not null then lr.next_review_on < ${today}
      else coalesce(lr.reviewed_on, oc.opened_on) < ${cutoffs.reviewDueIfLastBefore}::date end`,
  };
}

/**
 * Every open case (status open, client not archived), one row each: case_id, person_id, opened_on,
 * key_worker_id, last_activity_on, idle_days and `reasons` (text[] in STALL_REASONS order, empty when none).
 * One statement over all cases (or only `onlyCaseIds`): the per-case subqueries run once each (a materialised
 * CTE), on indexes.
 */
export function openCaseStallsSql(cutoffs: StallCutoffs, now: Date, onlyCaseIds?: readonly string[]): SQL {
  const clock = { today: cutoffs.today, now };
  const when = reasonConditions(cutoffs);
  const reasons = STALL_REASONS.map((r) => sql`case when ${when[r]} then ${r}::text end`);
  return sql`
    with oc as materialized (
      select c.id as case_id, c.person_id, c.opened_on, p.key_worker_id,
             ${lastActivitySql(sql`c.id`, clock)} as last_activity_on,
             ${lastMissedSql(sql`c.id`, clock)} as last_missed_on
        from cases c join people p on p.id = c.person_id
       where c.status = 'open' and p.archived_at is null${
         onlyCaseIds === undefined
           ? sql``
           : sql` and c.id in (${sql.join(
               onlyCaseIds.length > 0 ? onlyCaseIds.map((id) => sql`${id}::uuid`) : [sql`null::uuid`],
               sql`, `,
             )})`
       }
    )
    select oc.case_id, oc.person_id, oc.opened_on, oc.key_worker_id, oc.last_activity_on,
           (${cutoffs.today}::date - coalesce(oc.last_activity_on, oc.opened_on)) as idle_days,
           array_remove(array[${sql.join(reasons, sql`, `)}], null) as reasons
      from oc
      left join lateral (
        select r.reviewed_on, r.next_review_on from supervision_reviews r
         where r.case_id = oc.case_id order by r.reviewed_on desc, r.created_at desc limit 1
      ) lr on true`;
}

/** The flags as (case_id, reason) rows: one per reason of every stalled open case. */
export function stallReasonRowsSql(cutoffs: StallCutoffs, now: Date): SQL {
  return sql`select s.case_id, r.reason from (${openCaseStallsSql(cutoffs, now)}) s
    cross join lateral unnest(s.reasons) as r(reason)`;
}
