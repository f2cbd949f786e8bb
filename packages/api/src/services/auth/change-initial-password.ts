import { appendAudit, hashPassword, users } from '@umbrella/db';
import { nextSessionStatus, type SessionInfo } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, badRequest } from '../../errors.ts';
import { verifyPassword } from '@umbrella/db';
import { assertAcceptablePassword } from './password-policy.ts';
import { endUserSessions, setSessionStatus, signInSubject, toSessionInfo } from './session-store.ts';

/** A user whose password an admin set replaces it before reaching anything (they just typed the old one). */
export async function changeInitialPassword(
  ctx: Context & { session: CurrentSession },
  input: { newPassword: string },
): Promise<SessionInfo> {
  if (ctx.session.status !== 'needs_password_change') {
    throw new AppError('BAD_REQUEST', 'Use the account page to change your password.');
  }
  const user = ctx.session.user;
  assertAcceptablePassword(input.newPassword, 'newPassword', user.email);
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw badRequest('newPassword', 'Choose a password different from the one you were given.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, user.id))
      .returning();
    if (!updated) throw new Error('user vanished during password change');
    await endUserSessions(tx, user.id, 'password_changed', now, ctx.session.id);
    const status = nextSessionStatus(signInSubject(updated), { totp: true });
    await setSessionStatus(tx, ctx.session.id, status, now);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'auth.password_change',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { initial: true },
    });
    return toSessionInfo(ctx.config, { ...ctx.session, status, user: updated });
  });
}
