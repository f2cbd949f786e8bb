import { appendAudit } from '@umbrella/db';
import { describePolicy, type AccessPolicy } from '@umbrella/domain';
import type { Context, CurrentSession } from '../../context.ts';

/** A signed-in user reaching for what their role does not allow: recorded on its own, then refused by the caller. */
export async function auditAccessDenied(
  ctx: Context,
  session: CurrentSession,
  entry: string,
  policy: AccessPolicy,
): Promise<void> {
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      actorUserId: session.user.id,
      action: 'access.denied',
      outcome: 'denied',
      entityType: 'procedure',
      entityId: entry,
      requestId: ctx.meta.requestId,
      details: { requires: describePolicy(policy) },
    }),
  );
}
