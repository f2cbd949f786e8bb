import { appendAudit } from '@umbrella/db';
import { londonToday, type overdueAtInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { nextOffsetCursor, pageOffset, readOffsetPage } from './offset-page.ts';
import { overdueItemsSql } from './overdue-trend.ts';
import { withoutJit } from './stall-query.ts';
import type { OverdueAtCase, OverdueAtPage } from './views.ts';

/**
 * The cases behind one point of the overdue trend, with their counts (the trend's own definition), most items
 * first. A day after today is read as today, as the trend's current week is. Audited with the ids shown.
 */
export async function listOverdueAt(
  ctx: StaffContext,
  input: z.infer<typeof overdueAtInput>,
): Promise<OverdueAtPage> {
  const today = londonToday(ctx.now());
  const on = input.on > today ? today : input.on;
  const offset = pageOffset(input.cursor);
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const { total, rows } = await readOffsetPage(tx, {
      with: sql`with items as (${overdueItemsSql([on])}),
      per_case as (
        select case_id, count(*) filter (where item = 'deadline')::int as deadlines,
               count(*) filter (where item = 'reply')::int as replies
          from items group by case_id
      )`,
      set: sql`per_case`,
      columns: sql`pc.case_id, c.person_id, p.display_name, p.key_worker_id, u.display_name as key_worker_name,
        pc.deadlines, pc.replies`,
      from: sql`per_case pc join cases c on c.id = pc.case_id join people p on p.id = c.person_id
        left join users u on u.id = p.key_worker_id`,
      order: sql`pc.deadlines + pc.replies desc, p.display_name, pc.case_id`,
      limit: input.limit,
      offset,
    });
    const items = rows.map((r): OverdueAtCase => ({
      caseId: String(r.case_id),
      personId: String(r.person_id),
      displayName: String(r.display_name),
      keyWorker:
        r.key_worker_id === null
          ? null
          : { id: String(r.key_worker_id), displayName: String(r.key_worker_name) },
      overdueDeadlines: Number(r.deadlines),
      repliesOverdue: Number(r.replies),
    }));
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.overdue_at',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: { on, cursor: input.cursor, caseIds: items.map((i) => i.caseId) },
    });
    return { on, items, total, nextCursor: nextOffsetCursor(offset, items.length, total) };
  });
}
