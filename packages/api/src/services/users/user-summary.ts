import { users, type DbOrTx, type UserRow } from '@umbrella/db';
import type { UserSummary } from '@umbrella/domain';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { AppError, conflict, notFound } from '../../errors.ts';

export function toUserSummary(user: UserRow): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    isAdmin: user.isAdmin,
    active: user.active,
    totpEnabled: user.totpSecret !== null,
    mustChangePassword: user.mustChangePassword,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

/**
 * Updates a user only if it is still at the version the editor read; a stale version is a CONFLICT, never
 * a silent overwrite.
 */
export async function updateUserAtVersion(
  tx: DbOrTx,
  target: { id: string; version: number },
  changes: Partial<typeof users.$inferInsert>,
  now: Date,
): Promise<UserRow> {
  const [updated] = await tx
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: now })
    .where(and(eq(users.id, target.id), eq(users.version, target.version)))
    .returning();
  if (updated) return updated;
  const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, target.id));
  throw exists ? conflict('user') : notFound('user');
}

/** E-mail addresses are sign-in names: one account each. `field` names the input for the message. */
export async function assertEmailAvailable(tx: DbOrTx, email: string, field: string, exceptUserId?: string) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .limit(1);
  if (taken) throw new AppError('CONFLICT', EMAIL_TAKEN, { [field]: [EMAIL_TAKEN] });
}

export const EMAIL_TAKEN = 'A user with this e-mail address already exists.';

export async function findUser(tx: DbOrTx, id: string): Promise<UserRow> {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw notFound('user');
  return user;
}

// Serialises changes that remove an administrator, so two admins cannot demote each other at once.
const ADMIN_CHANGE_LOCK_KEY = 4_711_004;

/** An organisation must never lose its last active administrator. Call inside the changing transaction. */
export async function assertAnotherActiveAdmin(tx: DbOrTx, exceptUserId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK_KEY})`);
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.isAdmin, true), eq(users.active, true), ne(users.id, exceptUserId)));
  if ((row?.n ?? 0) === 0) {
    throw new AppError(
      'BAD_REQUEST',
      'This is the last active administrator. Make someone else an administrator first.',
    );
  }
}
