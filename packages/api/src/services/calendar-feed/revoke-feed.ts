import { appendAudit, calendarFeeds } from '@umbrella/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';

/** Stops the caller's feed address at once; calendars subscribed to it get "not found" from then on. */
export async function revokeCalendarFeed(ctx: StaffContext): Promise<{ revoked: boolean }> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now, updatedAt: now })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    if (revoked.length) {
      await appendAudit(tx, {
        actorUserId: userId,
        action: 'calendar_feed.revoke',
        outcome: 'success',
        entityType: 'user',
        entityId: userId,
        requestId: ctx.meta.requestId,
        details: { feedIds: revoked.map((f) => f.id) },
      });
    }
    return { revoked: revoked.length > 0 };
  });
}
