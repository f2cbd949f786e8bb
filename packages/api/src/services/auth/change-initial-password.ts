import { appendAudit } from '@umbrella/db';
import { nextSessionStatus, type SessionInfo } from '@umbrella/domain';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { prepareNewPassword, storeNewPassword } from './replace-password.ts';
import { advanceSession, signInSubject, toSessionInfo } from './session-store.ts';

/** A user whose password an admin set replaces it before reaching anything (they just typed the old one). */
export async function changeInitialPassword(
  ctx: Context & { session: CurrentSession },
  input: { newPassword: string },
): Promise<{ info: SessionInfo; token: string }> {
  if (ctx.session.status !== 'needs_password_change') {
    throw new AppError('BAD_REQUEST', 'Use the account page to change your password.');
  }
  const session = ctx.session;
  const passwordHash = await prepareNewPassword(
    session.user,
    input.newPassword,
    'Choose a password different from the one you were given.',
  );
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { updated, otherSessionsEnded } = await storeNewPassword(
      tx,
      session.user,
      passwordHash,
      session.id,
      now,
    );
    const status = nextSessionStatus(signInSubject(updated), { totp: session.secondFactorAt !== null });
    const token = await advanceSession(tx, session.id, { status, provedSecondFactor: false }, now);
    await appendAudit(tx, {
      actorUserId: updated.id,
      action: 'auth.password_change',
      outcome: 'success',
      entityType: 'user',
      entityId: updated.id,
      requestId: ctx.meta.requestId,
      details: { initial: true, otherSessionsEnded },
    });
    return { token, info: toSessionInfo(ctx.config, { ...session, status, user: updated }) };
  });
}
