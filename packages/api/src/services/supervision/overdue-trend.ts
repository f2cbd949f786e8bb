import { appendAudit } from '@umbrella/db';
import { londonToday, trendWeekEnds } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import { londonDate, withoutJit } from './stall-query.ts';
import type { OverdueTrend } from './views.ts';

/** The days as a one-column relation `days(on_day)`. */
export function daysRelation(days: string[]): SQL {
  return sql`(values ${sql.join(
    days.map((d) => sql`(${d}::date)`),
    sql`, `,
  )}) as days(on_day)`;
}

/**
 * Rows (on_day, case_id, item 'deadline' | 'reply'): what was overdue at the end of each of `days` (sorted,
 * none after today), on cases open then. A deadline: due before the day, created by it, and still open or
 * resolved after it. A reply: due before the day, sent by it, and still awaited or answered (or chased: the chaser
 * took over the wait) after it.
 */
export function overdueItemsSql(days: string[]): SQL {
  const first = sql`${days[0]}::date`;
  const last = sql`${days.at(-1)}::date`;
  const changedOn = londonDate(sql`x.status_changed_at`);
  // Each item meets its case's open span once, here, so the per-day joins below compare columns only.
  return sql`
    with spans as (
      select c.id as case_id,
             least(case when c.status = 'open' then null else coalesce(c.closed_on, '-infinity'::date) end,
                   ${londonDate(sql`p.archived_at`)}) as open_until
        from cases c join people p on p.id = c.person_id
    ),
    d as (
      select x.case_id, x.due, ${londonDate(sql`x.created_at`)} as created_on, s.open_until,
             case when x.status = 'open' then null else ${changedOn} end as resolved_on
        from deadlines x join spans s on s.case_id = x.case_id
       where x.due < ${last} and (x.status = 'open' or ${changedOn} > ${first})
    ),
    r as (
      select x.case_id, x.reply_due, x.occurred_on, x.reply_state, s.open_until,
             least((select a.occurred_on from communications a where a.id = x.answered_by_id),
                   (select min(ch.occurred_on) from communications ch where ch.chaser_of_id = x.id)) as resolved_on
        from communications x join spans s on s.case_id = x.case_id
       where x.reply_state is not null and x.reply_due < ${last} and x.occurred_on <= ${last}
    )
    select days.on_day, d.case_id, 'deadline' as item
      from ${daysRelation(days)} join d on d.due < days.on_day and d.created_on <= days.on_day
       and (d.resolved_on is null or d.resolved_on > days.on_day)
       and (d.open_until is null or d.open_until > days.on_day)
    union all
    select days.on_day, r.case_id, 'reply'
      from ${daysRelation(days)} join r on r.reply_due < days.on_day and r.occurred_on <= days.on_day
       and (r.reply_state = 'awaiting' or r.resolved_on > days.on_day)
       and (r.open_until is null or r.open_until > days.on_day)`;
}

/**
 * Overdue deadlines and replies at the end of each of the last twelve weeks (the current week as of today),
 * and the cases with either: one statement over a list of days. Audited.
 */
export async function getOverdueTrend(ctx: StaffContext): Promise<OverdueTrend> {
  const today = londonToday(ctx.now());
  const weekEnds = trendWeekEnds(today);
  const days = weekEnds.map((w) => (w > today ? today : w));
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const result = await tx.execute(sql`
      with items as (${overdueItemsSql(days)})
      select days.on_day::text as on_day,
             count(i.item) filter (where i.item = 'deadline')::int as deadlines,
             count(i.item) filter (where i.item = 'reply')::int as replies,
             count(distinct i.case_id)::int as cases
        from ${daysRelation(days)} left join items i on i.on_day = days.on_day
       group by days.on_day order by days.on_day`);
    const byDay = new Map((result.rows as Record<string, unknown>[]).map((r) => [String(r.on_day), r]));
    const weeks = weekEnds.map((weekEnding, i) => {
      const row = byDay.get(days[i] ?? weekEnding);
      return {
        weekEnding,
        overdueDeadlines: Number(row?.deadlines ?? 0),
        repliesOverdue: Number(row?.replies ?? 0),
        cases: Number(row?.cases ?? 0),
      };
    });
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.overdue_trend',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: { from: weekEnds[0], to: weekEnds.at(-1) },
    });
    return { today, weeks };
  });
}
