import { breakGlassGrants } from '@umbrella/db';
import type { myBreakGlassInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { runningBreakGlass } from '../access/break-glass-access.ts';
import type { StaffContext } from '../access/client-record.ts';
import { toMyBreakGlassView } from './grant-view.ts';
import type { MyBreakGlassView } from './views.ts';

/**
 * The caller's own break-glass grant on a client, if it is running now (the client page's banner); null for
 * anyone without one (supervisors never hold one). It tells the caller only about their own access, so it
 * reads no client data and is not audited.
 */
export async function myBreakGlass(
  ctx: StaffContext,
  input: z.infer<typeof myBreakGlassInput>,
): Promise<MyBreakGlassView | null> {
  return ctx.db.transaction(async (tx) => {
    const running = await runningBreakGlass(tx, ctx.session.user.id, input.personId, ctx.now());
    if (!running) return null;
    const [grant] = await tx.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, running.id));
    return grant ? toMyBreakGlassView(grant) : null;
  });
}
