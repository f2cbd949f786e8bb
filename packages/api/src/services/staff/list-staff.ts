import { users } from '@umbrella/db';
import type { Role } from '@umbrella/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Context } from '../../context.ts';

/** Hard cap: an organisation with more staff than this needs a searchable picker. */
const STAFF_MAX = 1000;

/** Active caseworkers and supervisors, for key worker and lead caseworker pickers. */
export async function listStaff(
  ctx: Context,
): Promise<{ items: { id: string; displayName: string; role: Role }[] }> {
  const items = await ctx.db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['caseworker', 'supervisor'])))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(STAFF_MAX);
  return { items };
}
