import { appendAudit, users, verifyAgainstDummy, verifyPassword } from '@umbrella/db';
import { nextSessionStatus, type SessionInfo } from '@umbrella/domain';
import type { signInInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { createSession, signInSubject, toSessionInfo } from './session-store.ts';
import { accountKey, checkThrottle, recordAttempt, throttledMessage } from './throttle.ts';

export const WRONG_CREDENTIALS = 'E-mail or password is incorrect.';

type Outcome = { ok: true; token: string; info: SessionInfo } | { ok: false; error: AppError };

/**
 * The password step. Unknown e-mail, wrong password and deactivated account all give the same answer in
 * the same time (a dummy hash is checked when there is no account). The attempt and its audit row are
 * committed even when sign-in fails, so the error is thrown only after the transaction.
 */
export async function signIn(ctx: Context, input: z.infer<typeof signInInput>) {
  const now = ctx.now();
  const key = { account: accountKey(input.email), ip: ctx.meta.ip };
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const verdict = await checkThrottle(tx, ctx.config, key, now);
    const [user] = await tx.select().from(users).where(eq(users.email, input.email)).limit(1);
    if (verdict.refused) {
      await appendAudit(tx, {
        actorUserId: user?.id ?? null,
        action: 'auth.sign_in',
        outcome: 'failure',
        requestId: ctx.meta.requestId,
        details: { reason: `throttled_${verdict.scope}` },
      });
      return { ok: false, error: new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict)) };
    }
    const passwordOk = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !passwordOk || !user.active) {
      await recordAttempt(tx, key, false, now);
      await appendAudit(tx, {
        actorUserId: user?.id ?? null,
        action: 'auth.sign_in',
        outcome: 'failure',
        requestId: ctx.meta.requestId,
        details: { reason: !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'deactivated' },
      });
      return { ok: false, error: new AppError('UNAUTHORIZED', WRONG_CREDENTIALS) };
    }
    await recordAttempt(tx, key, true, now);
    const status = nextSessionStatus(signInSubject(user), { totp: false });
    const { token, session } = await createSession(tx, user, status, now);
    if (status !== 'needs_totp') {
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    }
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.sign_in',
      outcome: 'success',
      entityType: 'session',
      entityId: session.id,
      requestId: ctx.meta.requestId,
      details: { step: 'password', next: status },
    });
    return { ok: true, token, info: toSessionInfo(ctx.config, session) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}
