import { appendAudit, users } from '@umbrella/db';
import { nextSessionStatus, type SessionInfo, type verifyTotpInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { setSessionStatus, signInSubject, toSessionInfo } from './session-store.ts';
import { accountKey, checkThrottle, recordAttempt, throttledMessage } from './throttle.ts';
import { acceptTotpCode } from './totp.ts';

type Outcome = { ok: true; info: SessionInfo } | { ok: false; error: AppError };

/** The second step: a code from the user's authenticator. Wrong codes count towards the account lockout. */
export async function verifyTotp(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof verifyTotpInput>,
): Promise<SessionInfo> {
  if (ctx.session.status !== 'needs_totp') {
    throw new AppError('BAD_REQUEST', 'No code is needed: this session is past that step.');
  }
  const now = ctx.now();
  const sessionId = ctx.session.id;
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const [user] = await tx.select().from(users).where(eq(users.id, ctx.session.user.id)).for('update');
    if (!user?.totpSecret) throw new AppError('BAD_REQUEST', 'Two-factor authentication is not set up.');
    const key = { account: accountKey(user.email), ip: ctx.meta.ip };
    const verdict = await checkThrottle(tx, ctx.config, key, now);
    if (verdict.refused) {
      return { ok: false, error: new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict)) };
    }
    const step = acceptTotpCode(user.totpSecret, input.code, now, user.totpLastUsedStep);
    if (step === null) {
      await recordAttempt(tx, key, false, now);
      await appendAudit(tx, {
        actorUserId: user.id,
        action: 'auth.sign_in',
        outcome: 'failure',
        entityType: 'session',
        entityId: sessionId,
        requestId: ctx.meta.requestId,
        details: { step: 'totp', reason: 'wrong_code' },
      });
      return {
        ok: false,
        error: badRequest('code', 'That code is not right, or was already used. Wait for the next code.'),
      };
    }
    await recordAttempt(tx, key, true, now);
    await tx.update(users).set({ totpLastUsedStep: step, lastSignInAt: now }).where(eq(users.id, user.id));
    const status = nextSessionStatus(signInSubject(user), { totp: true });
    await setSessionStatus(tx, sessionId, status, now);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.sign_in',
      outcome: 'success',
      entityType: 'session',
      entityId: sessionId,
      requestId: ctx.meta.requestId,
      details: { step: 'totp', next: status },
    });
    return { ok: true, info: toSessionInfo(ctx.config, { ...ctx.session, status, user }) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.info;
}
