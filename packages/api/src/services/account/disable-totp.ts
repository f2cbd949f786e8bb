import { appendAudit, users } from '@umbrella/db';
import { isSecondFactorRequired, type disableTotpInput, type SessionInfo } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { confirmCurrentPassword } from '../auth/current-password.ts';
import { toSessionInfo } from '../auth/session-store.ts';

export async function disableTotp(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof disableTotpInput>,
): Promise<SessionInfo> {
  const user = ctx.session.user;
  if (isSecondFactorRequired(user)) {
    throw new AppError(
      'FORBIDDEN',
      'Supervisors and administrators must keep two-factor authentication switched on.',
    );
  }
  if (!user.totpSecret) throw new AppError('BAD_REQUEST', 'Two-factor authentication is already off.');
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'auth.totp_disable');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, user.id))
      .returning();
    if (!updated) throw new Error('user vanished while disabling two-factor');
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.totp_disable',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
    });
    return toSessionInfo(ctx.config, { ...ctx.session, user: updated });
  });
}
