import { appendAudit, users } from '@umbrella/db';
import type { changeEmailInput, SessionInfo } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { confirmCurrentPassword } from '../auth/current-password.ts';
import { toSessionInfo } from '../auth/session-store.ts';
import { assertEmailAvailable } from '../users/user-summary.ts';

export async function changeEmail(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof changeEmailInput>,
): Promise<SessionInfo> {
  const user = ctx.session.user;
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'account.email_change');
  if (input.newEmail === user.email) throw badRequest('newEmail', 'That is already your e-mail address.');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await assertEmailAvailable(tx, input.newEmail, 'newEmail', user.id);
    const [updated] = await tx
      .update(users)
      .set({ email: input.newEmail, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, user.id))
      .returning();
    if (!updated) throw new Error('user vanished during e-mail change');
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'account.email_change',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
    });
    return toSessionInfo(ctx.config, { ...ctx.session, user: updated });
  });
}
