import { anonymisationRequests, appendAudit } from '@umbrella/db';
import type { anonymisationRequestsInput } from '@umbrella/domain';
import { asc, count, desc, eq, isNotNull, ne, and } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { nextOffsetCursor, pageOffset } from '../supervision/offset-page.ts';
import { loadRequestViews } from './request-view.ts';
import type { AnonymisationRequestsPage } from './views.ts';

/**
 * Requests to anonymise: those awaiting a second person (oldest first), or those decided or withdrawn (what
 * happened recently, newest first). Supervisors and administrators; the look is audited (ids only).
 */
export async function listRequests(
  ctx: StaffContext,
  input: z.infer<typeof anonymisationRequestsInput>,
): Promise<AnonymisationRequestsPage> {
  const offset = pageOffset(input.cursor);
  const awaiting = input.state === 'awaiting';
  const where = awaiting
    ? eq(anonymisationRequests.status, 'awaiting_approval')
    : and(ne(anonymisationRequests.status, 'awaiting_approval'), isNotNull(anonymisationRequests.decidedAt));
  return ctx.db.transaction(async (tx) => {
    const [counted] = await tx.select({ total: count() }).from(anonymisationRequests).where(where);
    const total = Number(counted?.total ?? 0);
    const items = await loadRequestViews(tx, ctx, {
      where,
      orderBy: awaiting
        ? [asc(anonymisationRequests.createdAt), asc(anonymisationRequests.id)]
        : [desc(anonymisationRequests.decidedAt), desc(anonymisationRequests.id)],
      limit: input.limit,
      offset,
    });
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'retention.queue',
      outcome: 'success',
      entityType: 'retention',
      requestId: ctx.meta.requestId,
      details: { state: input.state, cursor: input.cursor, requestIds: items.map((i) => i.id) },
    });
    return { items, total, nextCursor: nextOffsetCursor(offset, items.length, total) };
  });
}
