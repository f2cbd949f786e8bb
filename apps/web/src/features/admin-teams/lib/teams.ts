import type { RouterOutputs, UserSummary } from '../../../lib/api-types.ts';

export type Team = RouterOutputs['teams']['list']['items'][number];

/** What a team is for, in the words shown on the teams pages. */
export const TEAMS_PURPOSE =
  'A restricted client can be seen only by the caseworkers on that client’s team, and by supervisors. Put caseworkers on the teams whose restricted clients they work with.';

/** Who can be chosen for a team: active caseworkers and supervisors (volunteers never see client records). */
export function canBeOnTeam(user: Pick<UserSummary, 'active' | 'role'>): boolean {
  return user.active && (user.role === 'caseworker' || user.role === 'supervisor');
}

export function byName(a: { displayName: string }, b: { displayName: string }): number {
  return a.displayName.localeCompare(b.displayName, 'en-GB');
}

/** The same people, whatever the order. */
export function sameMembers(a: ReadonlySet<string>, b: readonly string[]): boolean {
  const other = new Set(b);
  return a.size === other.size && [...a].every((id) => other.has(id));
}

/** "Joanna Mensah, Priya Natarajan": a team's members by name, marking anyone who can no longer sign in. */
export function memberNames(memberIds: readonly string[], byId: ReadonlyMap<string, UserSummary>): string {
  const known = memberIds
    .map((id) => byId.get(id))
    .filter((user): user is UserSummary => user !== undefined)
    .sort(byName)
    .map((user) => (user.active ? user.displayName : `${user.displayName} (deactivated)`));
  const unknown = memberIds.length - known.length;
  if (unknown > 0) known.push(unknown === 1 ? 'one unknown user' : `${unknown} unknown users`);
  return known.join(', ');
}
