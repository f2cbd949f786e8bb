import { appendAudit } from '@umbrella/db';
import { CLOSED, londonToday, STAGE_MACHINES, stageLabel, type stageStaysInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { nextOffsetCursor, pageOffset, readOffsetPage } from './offset-page.ts';
import { stageStaysSql } from './stage-durations.ts';
import { withoutJit } from './stall-query.ts';
import type { StageStaysPage, StageStayView } from './views.ts';

/**
 * The stays behind one row of the stage-duration chart, completed and current, longest first. Audited with the
 * case ids shown.
 */
export async function listStageStays(
  ctx: StaffContext,
  input: z.infer<typeof stageStaysInput>,
): Promise<StageStaysPage> {
  const { kind, stage } = input;
  if (stage === CLOSED || !(STAGE_MACHINES[kind].stages as readonly string[]).includes(stage)) {
    throw badRequest('stage', 'Not a stage of this kind of matter.');
  }
  const today = londonToday(ctx.now());
  const offset = pageOffset(input.cursor);
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const { total, rows } = await readOffsetPage(tx, {
      with: sql`with stays as (${stageStaysSql(kind, today)}),
      these as (select * from stays where stage = ${stage})`,
      set: sql`these`,
      columns: sql`s.case_id, c.person_id, p.display_name, s.matter_id, s.entered_on::text as entered_on,
        s.left_on::text as left_on, s.days`,
      from: sql`these s join cases c on c.id = s.case_id join people p on p.id = c.person_id`,
      order: sql`s.days desc, s.entered_on, s.matter_id, s.event_id`,
      limit: input.limit,
      offset,
    });
    const items = rows.map((r): StageStayView => ({
      caseId: String(r.case_id),
      personId: String(r.person_id),
      displayName: String(r.display_name),
      matterId: String(r.matter_id),
      enteredOn: String(r.entered_on),
      leftOn: r.left_on === null ? null : String(r.left_on),
      days: Number(r.days),
    }));
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.stage_stays',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: { kind, stage, cursor: input.cursor, caseIds: [...new Set(items.map((i) => i.caseId))] },
    });
    return {
      kind,
      stage,
      stageLabel: stageLabel(kind, stage),
      items,
      total,
      nextCursor: nextOffsetCursor(offset, items.length, total),
    };
  });
}
