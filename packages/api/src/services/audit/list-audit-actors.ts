import { users } from '@umbrella/db';
import { asc } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import type { AuditActor } from './views.ts';

/** Every user, active or not (a former member of staff still appears in the log), for the viewer's filter. */
export async function listAuditActors(ctx: StaffContext): Promise<AuditActor[]> {
  const rows = await ctx.db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
    })
    .from(users)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(2000);
  return rows.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, active: u.active }));
}
