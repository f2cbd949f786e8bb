import { appendAudit, calendarFeeds } from '@umbrella/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import { feedPath, newFeedToken } from './feed-token.ts';

/** Replaces any earlier feed address of the caller with a new secret one; the token is shown this once. */
export async function createCalendarFeed(ctx: StaffContext): Promise<{ token: string; path: string }> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  const { token, tokenHash } = newFeedToken();
  return ctx.db.transaction(async (tx) => {
    const replaced = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now, updatedAt: now })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    const [feed] = await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash, createdAt: now, updatedAt: now })
      .returning({ id: calendarFeeds.id });
    if (!feed) throw new Error('calendar feed insert returned nothing');
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'calendar_feed.create',
      outcome: 'success',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.meta.requestId,
      details: { feedId: feed.id, replaced: replaced.length },
    });
    return { token, path: feedPath(token) };
  });
}
