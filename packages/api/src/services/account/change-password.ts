import { appendAudit, hashPassword, users, verifyPassword } from '@umbrella/db';
import type { changePasswordInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { confirmCurrentPassword } from '../auth/current-password.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { endUserSessions } from '../auth/session-store.ts';

/** Changes the signed-in user's password and ends their other sessions. */
export async function changePassword(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof changePasswordInput>,
): Promise<{ ok: true; otherSessionsEnded: number }> {
  const user = ctx.session.user;
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'auth.password_change');
  assertAcceptablePassword(input.newPassword, 'newPassword', user.email);
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw badRequest('newPassword', 'The new password must be different from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, user.id));
    const ended = await endUserSessions(tx, user.id, 'password_changed', now, ctx.session.id);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.password_change',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { otherSessionsEnded: ended },
    });
    return { ok: true as const, otherSessionsEnded: ended };
  });
}
