import { appendAudit, breakGlassGrants } from '@umbrella/db';
import type { breakGlassListInput } from '@umbrella/domain';
import { desc, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { countGrants, loadGrantViews } from './grant-view.ts';
import type { BreakGlassPage } from './views.ts';

/**
 * The supervisors' list (supervisors see every client): grants still to review, newest first (those running
 * now come first); or all grants, those to review first, then the reviewed ones, latest review first. Who
 * broke glass, the client's display name only, the reason, when and until when. The clients shown are audited.
 */
export async function listBreakGlass(
  ctx: StaffContext,
  input: z.infer<typeof breakGlassListInput>,
): Promise<BreakGlassPage> {
  const now = ctx.now();
  const where = input.show === 'to_review' ? isNull(breakGlassGrants.reviewedAt) : undefined;
  const order =
    input.show === 'to_review'
      ? [desc(breakGlassGrants.createdAt), desc(breakGlassGrants.id)]
      : [
          sql`${breakGlassGrants.reviewedAt} is not null`,
          desc(sql`coalesce(${breakGlassGrants.reviewedAt}, ${breakGlassGrants.createdAt})`),
          desc(breakGlassGrants.id),
        ];
  return ctx.db.transaction(async (tx) => {
    const items = await loadGrantViews(
      tx,
      where,
      { id: ctx.session.user.id, now },
      { order, limit: input.limit, offset: input.offset },
    );
    const total = await countGrants(tx, where);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'breakGlass.list',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: {
        show: input.show,
        offset: input.offset,
        breakGlassIds: items.map((g) => g.id),
        personIds: [...new Set(items.map((g) => g.client.id))],
      },
    });
    return { items, total };
  });
}
