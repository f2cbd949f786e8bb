import { people } from '@umbrella/db';
import type { archiveClientInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, conflict } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';

/** Archives a client: nothing is deleted; the record leaves the everyday list (status "archived" finds it). */
export async function archiveClient(
  ctx: StaffContext,
  input: z.infer<typeof archiveClientInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const before = await openClientRecord(tx, ctx, input.id, 'clients.archive', { forUpdate: true });
    if (before.version !== input.version) throw conflict('client record');
    if (before.archivedAt) throw new AppError('BAD_REQUEST', 'This client is already archived.');
    const [updated] = await tx
      .update(people)
      .set({ archivedAt: now, version: sql`${people.version} + 1`, updatedAt: now })
      .where(and(eq(people.id, input.id), eq(people.version, input.version)))
      .returning({ id: people.id, version: people.version });
    if (!updated) throw await staleOrMissing(tx, people, input.id, 'client record');
    await auditClientChange(tx, ctx, 'clients.archive', input.id);
    return updated;
  });
}
