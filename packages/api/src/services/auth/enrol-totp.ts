import { appendAudit, users } from '@umbrella/db';
import { nextSessionStatus, type confirmTotpEnrolmentInput, type SessionInfo } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { confirmCurrentPassword } from './current-password.ts';
import { advanceSession, endUserSessions, signInSubject, toSessionInfo } from './session-store.ts';
import { addressKey, markAttemptSucceeded, reserveAttempt, throttledMessage, totpKey } from './throttle.ts';
import { acceptTotpCode, newTotpSecret, totpUri } from './totp.ts';

type SessionContext = Context & { session: CurrentSession };
type Outcome = { ok: true; info: SessionInfo; token: string } | { ok: false; error: AppError };

function assertPastCodeStep(ctx: SessionContext) {
  if (ctx.session.status === 'needs_totp') {
    throw new AppError('FORBIDDEN', 'Enter the code from your authenticator app first.');
  }
}

/** Offers a new secret. It is kept aside and takes effect only once a code from it is confirmed. */
export async function beginTotpEnrolment(ctx: SessionContext) {
  assertPastCodeStep(ctx);
  const secret = newTotpSecret();
  const userId = ctx.session.user.id;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpPendingSecret: secret, updatedAt: ctx.now() })
      .where(eq(users.id, userId));
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'auth.totp_enrol_begin',
      outcome: 'success',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.meta.requestId,
    });
  });
  return { secret, otpauthUri: totpUri(secret, ctx.session.user.email) };
}

/**
 * Switches TOTP on once a code from the offered secret is right (and the current password). Other sessions
 * of the user end: they never proved the new factor.
 */
export async function confirmTotpEnrolment(
  ctx: SessionContext,
  input: z.infer<typeof confirmTotpEnrolmentInput>,
): Promise<{ info: SessionInfo; token: string }> {
  assertPastCodeStep(ctx);
  const user = ctx.session.user;
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'auth.totp_enrol');
  const now = ctx.now();
  const audit = {
    actorUserId: user.id,
    action: 'auth.totp_enrol',
    entityType: 'user',
    entityId: user.id,
    requestId: ctx.meta.requestId,
  };
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const [fresh] = await tx.select().from(users).where(eq(users.id, user.id)).for('update');
    if (!fresh?.totpPendingSecret) {
      throw new AppError('BAD_REQUEST', 'Start setting up two-factor authentication again.');
    }
    const verdict = await reserveAttempt(
      tx,
      ctx.config,
      { account: totpKey(user.id), ip: addressKey(ctx.meta.ip) },
      now,
    );
    if (verdict.refused)
      return { ok: false, error: new AppError('TOO_MANY_REQUESTS', throttledMessage(verdict)) };
    const step = acceptTotpCode(fresh.totpPendingSecret, input.code, now, null);
    if (step === null) {
      await appendAudit(tx, { ...audit, outcome: 'failure', details: { reason: 'wrong_code' } });
      return {
        ok: false,
        error: badRequest(
          'code',
          'That code is not right. Check the time on your phone and try the next code.',
        ),
      };
    }
    await markAttemptSucceeded(tx, verdict.attemptId, now);
    const [updated] = await tx
      .update(users)
      .set({
        totpSecret: fresh.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastUsedStep: step,
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, user.id))
      .returning();
    if (!updated) throw new Error('user vanished during enrolment');
    const status = nextSessionStatus(signInSubject(updated), { totp: true });
    const token = await advanceSession(tx, ctx.session.id, { status, provedSecondFactor: true }, now);
    const otherSessionsEnded = await endUserSessions(tx, user.id, 'totp_enrolled', now, ctx.session.id);
    await appendAudit(tx, { ...audit, outcome: 'success', details: { otherSessionsEnded } });
    return { ok: true, token, info: toSessionInfo(ctx.config, { ...ctx.session, status, user: updated }) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}
