import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { memberNames } from '../lib/teams.ts';
import { useAllUsers } from '../use-all-users.ts';

export function TeamsTable() {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const people = useAllUsers();

  if (teams.isPending) return <Pending label="Loading teams…" />;
  if (teams.isError) {
    return (
      <QueryError
        title="The teams could not be loaded"
        error={teams.error}
        onRetry={() => void teams.refetch()}
      />
    );
  }

  const items = teams.data.items;
  if (items.length === 0) return <p>There are no teams yet. Add the first one below.</p>;

  const members = (memberIds: string[]) => {
    if (memberIds.length === 0) return <span className="muted">No members yet</span>;
    if (people.users) return memberNames(memberIds, people.byId);
    return (
      <span className="muted">
        {memberIds.length === 1 ? '1 member' : `${memberIds.length} members`}
        {people.error ? '' : ' (loading names…)'}
      </span>
    );
  };

  return (
    <>
      {people.error && !people.users ? (
        <QueryError
          title="The members’ names could not be loaded"
          error={people.error}
          onRetry={people.retry}
        />
      ) : null}
      <div className="table-scroll" role="region" aria-label="Teams table" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">All teams, {items.length} shown</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Members</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{members(team.memberIds)}</td>
                <td>
                  <Link to="/admin/teams/$teamId" params={{ teamId: team.id }}>
                    Edit members<span className="visually-hidden"> of {team.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
