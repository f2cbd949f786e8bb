import { timelineEvents } from '@umbrella/db';
import type { clientTimelineInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';
import { INVALID_CURSOR } from './list-cursor.ts';
import { loadTimelineEvents, timelineAfter, type TimelineEventView } from './timeline-view.ts';

/**
 * A client's timeline a page at a time, newest first (the client page opens on the latest events) or oldest
 * first, by the date it happened, then the moment it was recorded. Reading it is a read of the client record,
 * and audited as one.
 */
export async function clientTimeline(
  ctx: StaffContext,
  input: z.infer<typeof clientTimelineInput>,
): Promise<{ items: TimelineEventView[]; nextCursor: string | null }> {
  const anchorId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.read');
    await auditClientRead(tx, ctx, person.id, 'timeline');
    if (anchorId) {
      // Only an event of this client's: another's would hint at where a record it cannot see falls.
      const [anchor] = await tx
        .select({ id: timelineEvents.id })
        .from(timelineEvents)
        .where(and(eq(timelineEvents.id, anchorId), eq(timelineEvents.personId, person.id)));
      if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
    }
    const events = await loadTimelineEvents(
      tx,
      ctx.cipher,
      and(
        eq(timelineEvents.personId, person.id),
        anchorId ? timelineAfter(anchorId, input.order) : undefined,
      ),
      input.limit + 1,
      input.order,
    );
    const page = events.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page,
      nextCursor: events.length > input.limit && last ? encodeIdCursor(last.id) : null,
    };
  });
}
