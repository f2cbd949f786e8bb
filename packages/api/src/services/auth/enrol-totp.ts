import { appendAudit, users } from '@umbrella/db';
import { nextSessionStatus, type confirmTotpEnrolmentInput, type SessionInfo } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { confirmCurrentPassword } from './current-password.ts';
import { setSessionStatus, signInSubject, toSessionInfo } from './session-store.ts';
import { acceptTotpCode, newTotpSecret, totpUri } from './totp.ts';

type SessionContext = Context & { session: CurrentSession };

function assertPastCodeStep(ctx: SessionContext) {
  if (ctx.session.status === 'needs_totp') {
    throw new AppError('FORBIDDEN', 'Enter the code from your authenticator app first.');
  }
}

/** Offers a new secret. It is kept aside and takes effect only once a code from it is confirmed. */
export async function beginTotpEnrolment(ctx: SessionContext) {
  assertPastCodeStep(ctx);
  const secret = newTotpSecret();
  await ctx.db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, ctx.session.user.id));
  return { secret, otpauthUri: totpUri(secret, ctx.session.user.email) };
}

export async function confirmTotpEnrolment(
  ctx: SessionContext,
  input: z.infer<typeof confirmTotpEnrolmentInput>,
): Promise<SessionInfo> {
  assertPastCodeStep(ctx);
  const user = ctx.session.user;
  await confirmCurrentPassword(ctx, user, input.currentPassword, 'auth.totp_enrol');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [fresh] = await tx.select().from(users).where(eq(users.id, user.id)).for('update');
    if (!fresh?.totpPendingSecret) {
      throw new AppError('BAD_REQUEST', 'Start setting up two-factor authentication again.');
    }
    const step = acceptTotpCode(fresh.totpPendingSecret, input.code, now, null);
    if (step === null) {
      throw badRequest('code', 'That code is not right. Check the time on your phone and try the next code.');
    }
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
    await setSessionStatus(tx, ctx.session.id, status, now);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.totp_enrol',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
    });
    return toSessionInfo(ctx.config, { ...ctx.session, status, user: updated });
  });
}
