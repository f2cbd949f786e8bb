import { appendAudit } from '@umbrella/db';
import type { changePasswordInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { confirmCurrentPassword } from '../auth/current-password.ts';
import { prepareNewPassword, storeNewPassword } from '../auth/replace-password.ts';

/** Changes the signed-in user's password and ends their other sessions. */
export async function changePassword(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof changePasswordInput>,
): Promise<{ ok: true; otherSessionsEnded: number }> {
  const user = ctx.session.user;
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'auth.password_change');
  const passwordHash = await prepareNewPassword(
    user,
    input.newPassword,
    'The new password must be different from the current one.',
  );
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { otherSessionsEnded } = await storeNewPassword(tx, user, passwordHash, ctx.session.id, now);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.password_change',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { otherSessionsEnded },
    });
    return { ok: true as const, otherSessionsEnded };
  });
}
