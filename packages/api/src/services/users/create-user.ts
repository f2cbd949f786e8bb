import { appendAudit, hashPassword, users } from '@umbrella/db';
import type { createUserInput, UserSummary } from '@umbrella/domain';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { assertEmailAvailable, toUserSummary } from './user-summary.ts';

/** An admin adds a user with a first password they pass on; the user must replace it at first sign-in. */
export async function createUser(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof createUserInput>,
): Promise<UserSummary> {
  assertAcceptablePassword(input.initialPassword, 'initialPassword', input.email);
  const passwordHash = await hashPassword(input.initialPassword);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await assertEmailAvailable(tx, input.email, 'email');
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        isAdmin: input.isAdmin,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('user insert returned nothing');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'users.create',
      outcome: 'success',
      entityType: 'user',
      entityId: created.id,
      requestId: ctx.meta.requestId,
      details: { role: created.role, isAdmin: created.isAdmin },
    });
    return toUserSummary(created);
  });
}
