import { appendAudit } from '@umbrella/db';
import { londonToday, type MatterKind, type retentionDueInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { nextOffsetCursor, pageOffset, readOffsetPage } from '../supervision/offset-page.ts';
import { dueClientsWith } from './due-clients.ts';
import { loadRetentionPolicyRow } from './policy-setting.ts';
import { showsClientNames } from './request-view.ts';
import type { DueClient, DuePage } from './views.ts';

/**
 * The dry run: the clients the retention policy makes due for anonymisation today, longest due first. Nothing
 * is changed; the look itself is audited (ids only). Names are shown to supervisors only.
 */
export async function listDue(ctx: StaffContext, input: z.infer<typeof retentionDueInput>): Promise<DuePage> {
  const today = londonToday(ctx.now());
  const offset = pageOffset(input.cursor);
  const names = showsClientNames(ctx);
  return ctx.db.transaction(async (tx) => {
    const { policy } = await loadRetentionPolicyRow(tx);
    const { total, rows } = await readOffsetPage(tx, {
      with: dueClientsWith(policy, today),
      set: sql`due`,
      columns: sql`d.person_id, p.display_name, d.closed_on::text as closed_on, d.kinds, d.kept_years,
        d.due_on::text as due_on, ar.id as awaiting_request_id`,
      from: sql`due d join people p on p.id = d.person_id
        left join anonymisation_requests ar on ar.person_id = d.person_id and ar.status = 'awaiting_approval'`,
      order: sql`d.due_on, d.person_id`,
      limit: input.limit,
      offset,
    });
    const items = rows.map((r): DueClient => ({
      personId: String(r.person_id),
      displayName: names ? String(r.display_name) : null,
      closedOn: String(r.closed_on),
      kinds: (r.kinds as MatterKind[] | null) ?? [],
      years: Number(r.kept_years),
      dueOn: String(r.due_on),
      awaitingRequestId: r.awaiting_request_id === null ? null : String(r.awaiting_request_id),
    }));
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'retention.list',
      outcome: 'success',
      entityType: 'retention',
      requestId: ctx.meta.requestId,
      details: { today, cursor: input.cursor, personIds: items.map((i) => i.personId) },
    });
    return { today, items, total, nextCursor: nextOffsetCursor(offset, items.length, total) };
  });
}
