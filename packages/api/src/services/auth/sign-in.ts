import { appendAudit, users, verifyAgainstDummy, verifyPassword } from '@umbrella/db';
import { nextSessionStatus, type signInInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { createSession, endSession, signInSubject, toSessionInfo } from './session-store.ts';
import {
  accountKey,
  addressKey,
  markAttemptSucceeded,
  reserveAttempt,
  throttledMessage,
} from './throttle.ts';

export const WRONG_CREDENTIALS = 'E-mail or password is incorrect.';

/**
 * The password step, in three short transactions so the slow password check holds no connection:
 * 1. reserve the attempt (throttling; counted as a failure until it succeeds);
 * 2. check the password outside any transaction: unknown e-mail, wrong password and deactivated account
 *    all take the same time (a dummy hash is checked when there is no account) and get the same answer;
 * 3. record the outcome, and on success open the session.
 */
export async function signIn(ctx: Context, input: z.infer<typeof signInInput>) {
  const now = ctx.now();
  const key = { account: accountKey(input.email), ip: addressKey(ctx.meta.ip) };
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const audit = { actorUserId: user?.id ?? null, action: 'auth.sign_in', requestId: ctx.meta.requestId };

  const reservation = await ctx.db.transaction(async (tx) => {
    const verdict = await reserveAttempt(tx, ctx.config, key, now);
    if (verdict.refused) {
      await appendAudit(tx, {
        ...audit,
        outcome: 'failure',
        details: { reason: `throttled_${verdict.scope}` },
      });
    }
    return verdict;
  });
  if (reservation.refused) throw new AppError('TOO_MANY_REQUESTS', throttledMessage(reservation));

  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !passwordOk || !user.active) {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, {
        ...audit,
        outcome: 'failure',
        details: { reason: !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'deactivated' },
      }),
    );
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }

  return ctx.db.transaction(async (tx) => {
    await markAttemptSucceeded(tx, reservation.attemptId, now);
    // A browser signing in again leaves no older session of its own behind.
    if (ctx.session) await endSession(tx, ctx.session.id, 'replaced', now);
    const status = nextSessionStatus(signInSubject(user), { totp: false });
    const { token, session } = await createSession(tx, user, status, now);
    if (status !== 'needs_totp') {
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    }
    await appendAudit(tx, {
      ...audit,
      outcome: 'success',
      entityType: 'session',
      entityId: session.id,
      details: { step: 'password', next: status },
    });
    return { token, info: toSessionInfo(ctx.config, session) };
  });
}
