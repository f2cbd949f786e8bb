import { appendAudit } from '@umbrella/db';
import { londonToday, stallCutoffs, type StallCutoffs } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import { withoutJit } from './stall-query.ts';
import { refreshStallSnapshot, STALL_SNAPSHOT_SQL } from './stall-snapshot.ts';
import { loadStallThresholds } from './thresholds.ts';
import type { Caseload, CaseloadRow } from './views.ts';

/**
 * Per key worker (null: none) over all open cases, grouped in SQL: cases, stalled cases, overdue deadlines and
 * replies (late by more than the threshold, as the stall rule counts them, so each number matches the cases its
 * link lists), and the case longest without activity. Rows: active caseworkers and supervisors (zeros when they hold
 * nothing), anyone else still holding open cases, then the cases without a key worker when there are any.
 */
function caseloadQuery(stalls: SQL, cutoffs: StallCutoffs): SQL {
  const today = cutoffs.today;
  return sql`
    with s as (${stalls}),
    od as (select d.case_id, count(*)::int as n from deadlines d
            where d.status = 'open' and d.due < ${today}::date group by d.case_id),
    ro as (select m.case_id, count(*)::int as n from communications m
            where m.reply_state = 'awaiting' and m.reply_due < ${cutoffs.replyLateIfDueBefore}::date
            group by m.case_id),
    pc as (select s.*, p.display_name, coalesce(od.n, 0) as od, coalesce(ro.n, 0) as ro
             from s join people p on p.id = s.person_id
             left join od on od.case_id = s.case_id left join ro on ro.case_id = s.case_id),
    agg as (select key_worker_id, count(*)::int as open_cases,
                   count(*) filter (where cardinality(reasons) > 0)::int as stalled_cases,
                   sum(od)::int as overdue_deadlines, sum(ro)::int as replies_overdue
              from pc group by key_worker_id),
    oldest as (select distinct on (key_worker_id) key_worker_id, case_id, person_id, display_name,
                      last_activity_on::text as last_activity_on, idle_days
                 from pc order by key_worker_id, idle_days desc, display_name, case_id),
    holders as (
      select u.id, u.display_name, u.role, u.active from users u
       where (u.active and u.role in ('caseworker', 'supervisor'))
          or u.id in (select key_worker_id from agg where key_worker_id is not null)
      union all
      select null, null, null, null where exists (select 1 from agg where key_worker_id is null)
    )
    select h.id as user_id, h.display_name as user_name, h.role, h.active,
           coalesce(a.open_cases, 0) as open_cases, coalesce(a.stalled_cases, 0) as stalled_cases,
           coalesce(a.overdue_deadlines, 0) as overdue_deadlines, coalesce(a.replies_overdue, 0) as replies_overdue,
           o.case_id, o.person_id, o.display_name as case_display_name, o.last_activity_on, o.idle_days
      from holders h
      left join agg a on a.key_worker_id is not distinct from h.id
      left join oldest o on o.key_worker_id is not distinct from h.id
     order by h.id is null, h.active desc, h.display_name, h.id`;
}

function toRow(r: Record<string, unknown>): CaseloadRow {
  return {
    user:
      r.user_id === null
        ? null
        : {
            id: String(r.user_id),
            displayName: String(r.user_name),
            role: r.role === 'supervisor' ? 'supervisor' : 'caseworker',
            active: r.active === true,
          },
    openCases: Number(r.open_cases),
    stalledCases: Number(r.stalled_cases),
    overdueDeadlines: Number(r.overdue_deadlines),
    repliesOverdue: Number(r.replies_overdue),
    oldestUntouched:
      r.case_id === null
        ? null
        : {
            caseId: String(r.case_id),
            personId: String(r.person_id),
            displayName: String(r.case_display_name),
            lastActivityOn: r.last_activity_on === null ? null : String(r.last_activity_on),
            idleDays: Number(r.idle_days),
          },
  };
}

/**
 * The caseload table: one set-based statement over the stalled-cases snapshot (brought up to date first, as the
 * dashboard does), grouped by key worker. Audited.
 */
export async function getCaseload(ctx: StaffContext): Promise<Caseload> {
  const now = ctx.now();
  const today = londonToday(now);
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const thresholds = await loadStallThresholds(tx);
    const cutoffs = stallCutoffs(thresholds, today);
    await refreshStallSnapshot(tx, cutoffs, thresholds, now);
    const result = await tx.execute(caseloadQuery(STALL_SNAPSHOT_SQL, cutoffs));
    const rows = (result.rows as Record<string, unknown>[]).map(toRow);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.caseload',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: { caseIds: rows.flatMap((r) => (r.oldestUntouched ? [r.oldestUntouched.caseId] : [])) },
    });
    return { today, rows };
  });
}
