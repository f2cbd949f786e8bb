import { appendAudit, hashPassword, instanceSettings, loadStarterDirectory, users } from '@umbrella/db';
import { nextSessionStatus, type createFirstAdminInput } from '@umbrella/domain';
import { count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { createSession, signInSubject, toSessionInfo } from '../auth/session-store.ts';

// Serialises first-admin creation so two browsers racing cannot both create one.
const FIRST_ADMIN_LOCK_KEY = 4_711_003;

export async function setupStatus(ctx: Pick<Context, 'db'>) {
  const [userCount] = await ctx.db.select({ n: count() }).from(users);
  const [demo] = await ctx.db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, 'demo'));
  return { needsFirstAdmin: (userCount?.n ?? 0) === 0, demo: demo?.value === true };
}

/** The one-time first-run step: only while no user exists. The new admin is signed in at once. */
export async function createFirstAdmin(ctx: Context, input: z.infer<typeof createFirstAdminInput>) {
  assertAcceptablePassword(input.password, 'password', input.email);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_KEY})`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) {
      throw new AppError('FORBIDDEN', 'Umbrella is already set up. Sign in instead.');
    }
    const [admin] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        role: 'supervisor',
        isAdmin: true,
        passwordHash,
        lastSignInAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!admin) throw new Error('admin insert returned nothing');
    // A new organisation starts with the starter directory of agencies, which it then edits.
    const agenciesAdded = await loadStarterDirectory(tx);
    const status = nextSessionStatus(signInSubject(admin), { totp: false });
    const { token, session } = await createSession(tx, admin, status, now);
    await appendAudit(tx, {
      actorUserId: admin.id,
      action: 'setup.first_admin',
      outcome: 'success',
      entityType: 'user',
      entityId: admin.id,
      requestId: ctx.meta.requestId,
      details: { agenciesAdded },
    });
    return { token, info: toSessionInfo(ctx.config, session) };
  });
}
