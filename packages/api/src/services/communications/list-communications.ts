import { communications, matters } from '@umbrella/db';
import { londonToday, type listCommunicationsInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCommunicationViews, type CommunicationView } from './communication-view.ts';
import { matchesWords, olderThanCursor, toPage } from './page-cursor.ts';

/** A client's communications, newest first, a page at a time; one matter's, or those matching words. */
export async function listCommunications(
  ctx: StaffContext,
  input: z.infer<typeof listCommunicationsInput>,
): Promise<{ items: CommunicationView[]; nextCursor: string | null }> {
  const today = londonToday(ctx.now());
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'communications.read');
    if (input.matterId) {
      const [matter] = await tx
        .select({ id: matters.id })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
    }
    await auditClientRead(tx, ctx, person.id, 'communications');
    const rows = await loadCommunicationViews(
      tx,
      ctx.cipher,
      and(
        eq(communications.personId, person.id),
        input.matterId ? eq(communications.matterId, input.matterId) : undefined,
        matchesWords(input.search),
        await olderThanCursor(tx, input.cursor, eq(communications.personId, person.id)),
      ),
      { today, limit: input.limit + 1, excerpt: true },
    );
    return toPage(rows, input.limit);
  });
}
