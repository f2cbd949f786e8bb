import { appendAudit, teams } from '@umbrella/db';
import type { createTeamInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError } from '../../errors.ts';

export const TEAM_NAME_TAKEN = 'A team with this name already exists.';

export async function createTeam(
  ctx: Context & { session: CurrentSession },
  input: z.infer<typeof createTeamInput>,
): Promise<{ id: string; name: string; version: number }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(sql`lower(${teams.name}) = lower(${input.name}::text)`);
    if (taken) throw new AppError('CONFLICT', TEAM_NAME_TAKEN, { name: [TEAM_NAME_TAKEN] });
    const [team] = await tx
      .insert(teams)
      .values({ name: input.name, createdAt: now, updatedAt: now })
      .returning({ id: teams.id, name: teams.name, version: teams.version });
    if (!team) throw new Error('team insert returned nothing');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'teams.create',
      outcome: 'success',
      entityType: 'team',
      entityId: team.id,
      requestId: ctx.meta.requestId,
    });
    return team;
  });
}
