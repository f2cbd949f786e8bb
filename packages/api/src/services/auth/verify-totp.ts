import { appendAudit, users } from '@umbrella/db';
import { nextSessionStatus, type SessionInfo, type verifyTotpInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { advanceSession, signInSubject, toSessionInfo } from './session-store.ts';
import { addressKey, markAttemptSucceeded, reserveAttempt, throttledMessage, totpKey } from './throttle.ts';
import { acceptTotpCode } from './totp.ts';

type Outcome = { ok: true; info: SessionInfo; token: string } | { ok: false; error: AppError };

export const WRONG_CODE = 'That code is not right, or was already used. Wait for the next code.';

/**
 * The second step: a code from the user's authenticator. Wrong codes count towards a lockout of their own
 * (see totpKey); the attempt and its audit row are committed even when the code is refused.
 */
export async function verifyTotp(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof verifyTotpInput>,
): Promise<{ info: SessionInfo; token: string }> {
  if (ctx.session.status !== 'needs_totp') {
    throw new AppError('BAD_REQUEST', 'No code is needed: this session is past that step.');
  }
  const now = ctx.now();
  const session = ctx.session;
  const audit = {
    actorUserId: session.user.id,
    action: 'auth.sign_in',
    entityType: 'session',
    entityId: session.id,
    requestId: ctx.meta.requestId,
  };
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    // Locking the user serialises code checks, so one code cannot be used twice by racing requests.
    const [user] = await tx.select().from(users).where(eq(users.id, session.user.id)).for('update');
    if (!user?.totpSecret) throw new AppError('BAD_REQUEST', 'Two-factor authentication is not set up.');
    const verdict = await reserveAttempt(
      tx,
      ctx.config,
      { account: totpKey(user.id), ip: addressKey(ctx.meta.ip) },
      now,
    );
    if (verdict.refused) {
      await appendAudit(tx, {
        ...audit,
        outcome: 'failure',
        details: { step: 'totp', reason: `throttled_${verdict.scope}` },
      });
      return { ok: false, error: new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict)) };
    }
    const step = acceptTotpCode(user.totpSecret, input.code, now, user.totpLastUsedStep);
    if (step === null) {
      await appendAudit(tx, {
        ...audit,
        outcome: 'failure',
        details: { step: 'totp', reason: 'wrong_code' },
      });
      return { ok: false, error: badRequest('code', WRONG_CODE) };
    }
    await markAttemptSucceeded(tx, verdict.attemptId, now);
    await tx.update(users).set({ totpLastUsedStep: step, lastSignInAt: now }).where(eq(users.id, user.id));
    const status = nextSessionStatus(signInSubject(user), { totp: true });
    const token = await advanceSession(tx, session.id, { status, provedSecondFactor: true }, now);
    await appendAudit(tx, { ...audit, outcome: 'success', details: { step: 'totp', next: status } });
    return { ok: true, token, info: toSessionInfo(ctx.config, { ...session, status, user }) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}
