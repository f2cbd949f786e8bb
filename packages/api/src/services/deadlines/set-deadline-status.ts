import { deadlines } from '@umbrella/db';
import { londonToday, type setDeadlineStatusInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadDeadlineView, type DeadlineView } from './deadline-view.ts';

/** Marks a deadline open, met, missed or waived (waived needs a reason), at the version the editor read. */
export async function setDeadlineStatus(
  ctx: StaffContext,
  input: z.infer<typeof setDeadlineStatusInput>,
): Promise<DeadlineView> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(deadlines)
      .where(eq(deadlines.id, input.id))
      .limit(1)
      .for('update');
    if (!before) throw notFound('deadline');
    await openClientRecord(tx, ctx, before.personId, 'deadlines.set_status', { write: true });
    if (before.version !== input.version) throw conflict('deadline');
    const [updated] = await tx
      .update(deadlines)
      .set({
        status: input.status,
        statusReason: input.status === 'open' ? null : input.reason,
        statusChangedAt: now,
        statusChangedById: ctx.session.user.id,
        version: sql`${deadlines.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(deadlines.id, input.id), eq(deadlines.version, input.version)))
      .returning({ id: deadlines.id });
    if (!updated) throw conflict('deadline');
    await auditClientChange(tx, ctx, 'deadlines.set_status', before.personId, {
      deadlineId: before.id,
      changed: ['status'],
    });
    return loadDeadlineView(tx, before.id, today);
  });
}
