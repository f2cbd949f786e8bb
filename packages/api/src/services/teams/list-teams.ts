import { teamMembers, teams } from '@umbrella/db';
import { asc } from 'drizzle-orm';
import type { Context } from '../../context.ts';

export interface TeamView {
  id: string;
  version: number;
  name: string;
  memberIds: string[];
}

/** Teams are few (a handful per organisation): listed whole, with a hard cap. */
const TEAMS_MAX = 500;

export async function listTeams(ctx: Context): Promise<{ items: TeamView[] }> {
  const rows = await ctx.db
    .select({ id: teams.id, version: teams.version, name: teams.name })
    .from(teams)
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(TEAMS_MAX);
  const members = rows.length
    ? await ctx.db
        .select({ teamId: teamMembers.teamId, userId: teamMembers.userId })
        .from(teamMembers)
        .orderBy(asc(teamMembers.createdAt), asc(teamMembers.userId))
    : [];
  return {
    items: rows.map((team) => ({
      ...team,
      memberIds: members.filter((m) => m.teamId === team.id).map((m) => m.userId),
    })),
  };
}
