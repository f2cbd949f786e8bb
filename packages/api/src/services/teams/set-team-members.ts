import { appendAudit, teamMembers, teams, users } from '@umbrella/db';
import type { setTeamMembersInput } from '@umbrella/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { staleOrMissing } from '../access/versioned.ts';

/** Replaces a team's membership, at the version the admin read. Membership decides who sees restricted clients. */
export async function setTeamMembers(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof setTeamMembersInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    if (input.userIds.length) {
      const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, input.userIds));
      if (found.length !== input.userIds.length) {
        throw badRequest('userIds', 'One of the people chosen is not a user of Umbrella.');
      }
    }
    const [team] = await tx
      .update(teams)
      .set({ version: sql`${teams.version} + 1`, updatedAt: now })
      .where(and(eq(teams.id, input.id), eq(teams.version, input.version)))
      .returning({ id: teams.id, version: teams.version });
    if (!team) throw await staleOrMissing(tx, teams, input.id, 'team');
    const before = await tx
      .select({ userId: teamMembers.userId })
      .from(teamMembers)
      .where(eq(teamMembers.teamId, team.id));
    const kept = new Set(input.userIds);
    const was = new Set(before.map((m) => m.userId));
    const removed = [...was].filter((id) => !kept.has(id));
    const added = input.userIds.filter((id) => !was.has(id));
    if (removed.length) {
      await tx
        .delete(teamMembers)
        .where(and(eq(teamMembers.teamId, team.id), inArray(teamMembers.userId, removed)));
    }
    if (added.length) {
      await tx
        .insert(teamMembers)
        .values(added.map((userId) => ({ teamId: team.id, userId, createdAt: now })));
    }
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'teams.set_members',
      outcome: 'success',
      entityType: 'team',
      entityId: team.id,
      requestId: ctx.meta.requestId,
      details: { added, removed },
    });
    return team;
  });
}
