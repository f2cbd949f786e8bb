import { appointmentFollowUps } from '@umbrella/db';
import type { dismissFollowUpInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadFollowUpView, openFollowUpToDecide } from './load-follow-up.ts';
import type { FollowUpView } from './views.ts';

/** Sets aside a follow-up a volunteer named, with the caseworker's reason (kept with it). */
export async function dismissFollowUp(
  ctx: StaffContext,
  input: z.infer<typeof dismissFollowUpInput>,
): Promise<FollowUpView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, followUp } = await openFollowUpToDecide(tx, ctx, input, 'appointments.dismiss_follow_up');
    const [row] = await tx
      .update(appointmentFollowUps)
      .set({
        state: 'dismissed',
        dismissReason: input.reason,
        decidedById: ctx.session.user.id,
        decidedAt: now,
        version: sql`${appointmentFollowUps.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(appointmentFollowUps.id, followUp.id), eq(appointmentFollowUps.version, input.version)))
      .returning({ id: appointmentFollowUps.id });
    if (!row) throw await staleOrMissing(tx, appointmentFollowUps, input.id, 'follow-up');
    await auditClientChange(tx, ctx, 'appointments.dismiss_follow_up', person.id, {
      followUpId: followUp.id,
      appointmentId: followUp.appointmentId,
    });
    return loadFollowUpView(tx, followUp.id);
  });
}
