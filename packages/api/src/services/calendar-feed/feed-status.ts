import { calendarFeeds } from '@umbrella/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import type { CalendarFeedStatus } from '../appointments/views.ts';

/** Whether the caller has a live feed address (never the address itself: only its hash is kept). */
export async function calendarFeedStatus(ctx: StaffContext): Promise<CalendarFeedStatus> {
  const [feed] = await ctx.db
    .select({ createdAt: calendarFeeds.createdAt, lastFetchedAt: calendarFeeds.lastFetchedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, ctx.session.user.id), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return {
    active: Boolean(feed),
    createdAt: feed?.createdAt.toISOString() ?? null,
    lastFetchedAt: feed?.lastFetchedAt?.toISOString() ?? null,
  };
}
