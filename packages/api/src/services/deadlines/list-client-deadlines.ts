import { deadlines } from '@umbrella/db';
import { londonToday, type listClientDeadlinesInput } from '@umbrella/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';
import { deadlinesAfter, loadDeadlineViews, type DeadlineView } from './deadline-view.ts';

export interface ClientDeadlinesPage {
  items: DeadlineView[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
  /** The client's deadlines in all (every page), so the screen can say how many before they are shown. */
  counts: { open: number; overdue: number; closed: number };
}

/**
 * A client's deadlines a page at a time: the open ones first by due date, then the closed ones (met, missed
 * or waived) by due date. The read is audited.
 */
export async function listClientDeadlines(
  ctx: StaffContext,
  input: z.infer<typeof listClientDeadlinesInput>,
): Promise<ClientDeadlinesPage> {
  const today = londonToday(ctx.now());
  const anchorId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.read');
    await auditClientRead(tx, ctx, person.id, 'deadlines');
    const ofClient = eq(deadlines.personId, person.id);
    if (anchorId) {
      // Only a deadline of this client's: another's would hint at where a record it cannot see falls.
      const [anchor] = await tx
        .select({ id: deadlines.id })
        .from(deadlines)
        .where(and(eq(deadlines.id, anchorId), ofClient));
      if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
    }
    const rows = await loadDeadlineViews(
      tx,
      and(ofClient, anchorId ? deadlinesAfter(anchorId) : undefined),
      today,
      input.limit + 1,
    );
    const [counted] = await tx
      .select({
        open: count(sql`case when ${deadlines.status} = 'open' then 1 end`),
        overdue: count(
          sql`case when ${deadlines.status} = 'open' and ${deadlines.due} < ${today} then 1 end`,
        ),
        closed: count(sql`case when ${deadlines.status} <> 'open' then 1 end`),
      })
      .from(deadlines)
      .where(ofClient);
    const items = rows.slice(0, input.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > input.limit && last ? encodeIdCursor(last.id) : null,
      counts: {
        open: Number(counted?.open ?? 0),
        overdue: Number(counted?.overdue ?? 0),
        closed: Number(counted?.closed ?? 0),
      },
    };
  });
}
