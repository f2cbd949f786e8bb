import { createCalendarFeed } from '../services/calendar-feed/create-feed.ts';
import { calendarFeedStatus } from '../services/calendar-feed/feed-status.ts';
import { revokeCalendarFeed } from '../services/calendar-feed/revoke-feed.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Everyone who has appointments to see: volunteers (their accompaniments) and staff (their clients'). */
const feedProcedure = roleProcedure('volunteer', 'caseworker', 'supervisor');

export const calendarFeedRouter = router({
  status: feedProcedure.query(({ ctx }) => calendarFeedStatus(ctx)),
  create: feedProcedure.mutation(({ ctx }) => createCalendarFeed(ctx)),
  revoke: feedProcedure.mutation(({ ctx }) => revokeCalendarFeed(ctx)),
});
