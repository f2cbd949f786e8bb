import { timelineEvents } from '@umbrella/db';
import type { clientTimelineInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
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
import { loadTimelineEvents, type TimelineEventView } from './timeline-view.ts';

/** A client's timeline, oldest first. Reading it is a read of the client record, and audited as one. */
export async function clientTimeline(
  ctx: StaffContext,
  input: z.infer<typeof clientTimelineInput>,
): Promise<{ items: TimelineEventView[]; nextCursor: string | null }> {
  const afterId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.read');
    await auditClientRead(tx, ctx, person.id, 'timeline');
    let after;
    if (afterId) {
      [after] = await tx
        .select({ occurredOn: timelineEvents.occurredOn, id: timelineEvents.id })
        .from(timelineEvents)
        .where(and(eq(timelineEvents.id, afterId), eq(timelineEvents.personId, person.id)));
      if (!after) throw badRequest('cursor', INVALID_CURSOR);
    }
    const events = await loadTimelineEvents(
      tx,
      ctx.cipher,
      and(
        eq(timelineEvents.personId, person.id),
        after
          ? sql`(${timelineEvents.occurredOn}, ${timelineEvents.createdAt}, ${timelineEvents.id}) >
                (select t.occurred_on, t.created_at, t.id from ${timelineEvents} t where t.id = ${after.id})`
          : undefined,
      ),
      input.limit + 1,
    );
    const page = events.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page,
      nextCursor: events.length > input.limit && last ? encodeIdCursor(last.id) : null,
    };
  });
}
