import { appendAudit, hashPassword, type DbOrTx, type UserRow } from '@umbrella/db';
import type {
  resetUserPasswordInput,
  resetUserTotpInput,
  setUserActiveInput,
  updateUserInput,
  UserSummary,
} from '@umbrella/domain';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { endUserSessions } from '../auth/session-store.ts';
import { assertAnotherActiveAdmin, findUser, toUserSummary, updateUserAtVersion } from './user-summary.ts';

type AdminContext = Context & { session: CurrentSession };

async function audit(
  tx: DbOrTx,
  ctx: AdminContext,
  action: string,
  user: UserRow,
  details: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action,
    outcome: 'success',
    entityType: 'user',
    entityId: user.id,
    requestId: ctx.meta.requestId,
    details,
  });
}

export async function getUser(ctx: AdminContext, input: { id: string }): Promise<UserSummary> {
  return toUserSummary(await findUser(ctx.db, input.id));
}

export async function updateUser(
  ctx: AdminContext,
  input: z.infer<typeof updateUserInput>,
): Promise<UserSummary> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, input.id);
    if (before.isAdmin && !input.isAdmin) await assertAnotherActiveAdmin(tx, before.id);
    const updated = await updateUserAtVersion(
      tx,
      input,
      { displayName: input.displayName, role: input.role, isAdmin: input.isAdmin },
      now,
    );
    const changed = (['displayName', 'role', 'isAdmin'] as const).filter((f) => before[f] !== updated[f]);
    await audit(tx, ctx, 'users.update', updated, {
      changed,
      ...(changed.includes('role') ? { roleFrom: before.role, roleTo: updated.role } : {}),
      ...(changed.includes('isAdmin') ? { isAdmin: updated.isAdmin } : {}),
    });
    return toUserSummary(updated);
  });
}

/** Deactivation ends every session of the user at once; reactivation lets them sign in again. */
export async function setUserActive(
  ctx: AdminContext,
  input: z.infer<typeof setUserActiveInput>,
): Promise<UserSummary> {
  if (!input.active && input.id === ctx.session.user.id) {
    throw new AppError('BAD_REQUEST', 'You cannot deactivate your own account.');
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, input.id);
    if (!input.active && before.isAdmin) await assertAnotherActiveAdmin(tx, before.id);
    const updated = await updateUserAtVersion(tx, input, { active: input.active }, now);
    const sessionsEnded = input.active ? 0 : await endUserSessions(tx, updated.id, 'deactivated', now);
    await audit(tx, ctx, input.active ? 'users.reactivate' : 'users.deactivate', updated, { sessionsEnded });
    return toUserSummary(updated);
  });
}

export async function resetUserPassword(
  ctx: AdminContext,
  input: z.infer<typeof resetUserPasswordInput>,
): Promise<UserSummary> {
  const now = ctx.now();
  const target = await findUser(ctx.db, input.id);
  assertAcceptablePassword(input.newPassword, 'newPassword', target.email);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    const updated = await updateUserAtVersion(tx, input, { passwordHash, mustChangePassword: true }, now);
    const sessionsEnded = await endUserSessions(tx, updated.id, 'password_reset', now);
    await audit(tx, ctx, 'users.reset_password', updated, { sessionsEnded });
    return toUserSummary(updated);
  });
}

/** For a lost phone: the user sets up two-factor again at next sign-in (if their role requires it). */
export async function resetUserTotp(
  ctx: AdminContext,
  input: z.infer<typeof resetUserTotpInput>,
): Promise<UserSummary> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const updated = await updateUserAtVersion(
      tx,
      input,
      { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
      now,
    );
    const sessionsEnded = await endUserSessions(tx, updated.id, 'totp_reset', now);
    await audit(tx, ctx, 'users.reset_totp', updated, { sessionsEnded });
    return toUserSummary(updated);
  });
}
