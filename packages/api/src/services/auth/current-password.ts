import { appendAudit, verifyPassword, type UserRow } from '@umbrella/db';
import type { Context } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import {
  accountKey,
  addressKey,
  markAttemptSucceeded,
  reserveAttempt,
  throttledMessage,
} from './throttle.ts';

/**
 * Changing e-mail, password or two-factor asks for the current password. Guesses count towards the same
 * lockout as sign-in, so a session left open cannot be used to guess it. The attempt is reserved and
 * committed first; the slow check runs outside any transaction.
 */
export async function confirmCurrentPassword(
  ctx: Pick<Context, 'db' | 'config' | 'meta' | 'now'>,
  user: UserRow,
  password: string,
  action: string,
): Promise<void> {
  const now = ctx.now();
  const verdict = await ctx.db.transaction((tx) =>
    reserveAttempt(tx, ctx.config, { account: accountKey(user.email), ip: addressKey(ctx.meta.ip) }, now),
  );
  if (verdict.refused) throw new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict));
  if (await verifyPassword(user.passwordHash, password)) {
    await ctx.db.transaction((tx) => markAttemptSucceeded(tx, verdict.attemptId, now));
    return;
  }
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      actorUserId: user.id,
      action,
      outcome: 'failure',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { reason: 'wrong_current_password' },
    }),
  );
  throw badRequest('currentPassword', 'Your current password is not right.');
}
