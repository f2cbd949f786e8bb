import { deadlines } from '@umbrella/db';
import { londonToday, type listClientDeadlinesInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadDeadlineViews, type DeadlineView } from './deadline-view.ts';

/** A client's deadlines, open first by due date, then the closed ones. The read is audited. */
export async function listClientDeadlines(
  ctx: StaffContext,
  input: z.infer<typeof listClientDeadlinesInput>,
): Promise<{ items: DeadlineView[] }> {
  const today = londonToday(ctx.now());
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.read');
    await auditClientRead(tx, ctx, person.id, 'deadlines');
    return { items: await loadDeadlineViews(tx, eq(deadlines.personId, person.id), today) };
  });
}
