import type { dismissFollowUpInput } from '@umbrella/domain';
import type { z } from 'zod';
import { inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { decideFollowUp } from './load-follow-up.ts';
import type { FollowUpView } from './views.ts';

/** Sets aside a follow-up a volunteer named, with the caseworker's reason (kept with it). */
export async function dismissFollowUp(
  ctx: StaffContext,
  input: z.infer<typeof dismissFollowUpInput>,
): Promise<FollowUpView> {
  const now = ctx.now();
  return inClientTransaction(ctx, (tx) =>
    decideFollowUp(tx, ctx, input, 'appointments.dismiss_follow_up', now, () => ({
      state: 'dismissed',
      dismissReason: input.reason,
    })),
  );
}
