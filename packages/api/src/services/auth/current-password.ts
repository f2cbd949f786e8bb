import { appendAudit, verifyPassword, type UserRow } from '@umbrella/db';
import type { Context } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { accountKey, checkThrottle, recordAttempt, throttledMessage } from './throttle.ts';

/**
 * Changing e-mail, password or two-factor asks for the current password. Wrong guesses count towards the
 * same lockout as sign-in, so a left-open session cannot be used to guess it. The failure is committed on
 * its own before the error is thrown.
 */
export async function confirmCurrentPassword(
  ctx: Pick<Context, 'db' | 'config' | 'meta' | 'now'>,
  user: UserRow,
  password: string,
  action: string,
): Promise<void> {
  const now = ctx.now();
  const key = { account: accountKey(user.email), ip: ctx.meta.ip };
  const verdict = await checkThrottle(ctx.db, ctx.config, key, now);
  if (verdict.refused) throw new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict));
  if (await verifyPassword(user.passwordHash, password)) return;
  await ctx.db.transaction(async (tx) => {
    await recordAttempt(tx, key, false, now);
    await appendAudit(tx, {
      actorUserId: user.id,
      action,
      outcome: 'failure',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { reason: 'wrong_current_password' },
    });
  });
  throw badRequest('currentPassword', 'Your current password is not right.');
}
