import { appendAudit } from '@umbrella/db';
import type { Context, CurrentSession } from '../../context.ts';
import { endSession } from './session-store.ts';

export async function signOut(ctx: Context & { session: CurrentSession }): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, ctx.session.id, 'signed_out', now);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'auth.sign_out',
      outcome: 'success',
      entityType: 'session',
      entityId: ctx.session.id,
      requestId: ctx.meta.requestId,
    });
  });
}
