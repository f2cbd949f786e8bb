import { hashPassword, users, verifyPassword, type DbOrTx, type UserRow } from '@umbrella/db';
import { eq, sql } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';
import { assertAcceptablePassword } from './password-policy.ts';
import { endUserSessions } from './session-store.ts';

/** Checks a new password against the policy and the current one, and hashes it (before any transaction). */
export async function prepareNewPassword(user: UserRow, newPassword: string, sameMessage: string) {
  assertAcceptablePassword(newPassword, 'newPassword', user.email);
  if (await verifyPassword(user.passwordHash, newPassword)) throw badRequest('newPassword', sameMessage);
  return hashPassword(newPassword);
}

/** Stores a user's new password and ends their other sessions. */
export async function storeNewPassword(
  tx: DbOrTx,
  user: UserRow,
  passwordHash: string,
  keepSessionId: string,
  now: Date,
): Promise<{ updated: UserRow; otherSessionsEnded: number }> {
  const [updated] = await tx
    .update(users)
    .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: now })
    .where(eq(users.id, user.id))
    .returning();
  if (!updated) throw new Error('user vanished during password change');
  const otherSessionsEnded = await endUserSessions(tx, user.id, 'password_changed', now, keepSessionId);
  return { updated, otherSessionsEnded };
}
