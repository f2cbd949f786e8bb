import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { canBeOnTeam } from '../lib/teams.ts';

/** The teams a user is on, read-only; membership is changed from each team's page. */
export function UserTeams({ user }: { user: UserSummary }) {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());

  if (teams.isPending) return <Pending label="Loading teams…" />;
  if (teams.isError) {
    return (
      <>
        <p role="alert">The teams could not be loaded. {errorMessage(teams.error)}</p>
        <Button variant="secondary" onClick={() => void teams.refetch()}>
          Try again
        </Button>
      </>
    );
  }

  const theirs = teams.data.items.filter((team) => team.memberIds.includes(user.id));
  const eligible = canBeOnTeam(user);
  return (
    <>
      {theirs.length === 0 ? (
        <p>
          Not on any team.
          {eligible ? '' : ' Only active caseworkers and supervisors can be on a team.'}
        </p>
      ) : (
        <>
          <ul className="link-list">
            {theirs.map((team) => (
              <li key={team.id}>
                <Link to="/admin/teams/$teamId" params={{ teamId: team.id }}>
                  {team.name}
                </Link>
              </li>
            ))}
          </ul>
          {eligible ? null : (
            <p>They are deactivated or a volunteer, so being on a team gives them no access to clients.</p>
          )}
        </>
      )}
      <p>
        Members are chosen on each team’s page. <Link to="/admin/teams">See all teams</Link>
      </p>
    </>
  );
}
