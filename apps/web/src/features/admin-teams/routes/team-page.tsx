import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { TeamMembersForm } from '../components/team-members-form.tsx';
import { TEAMS_PURPOSE } from '../lib/teams.ts';
import { useAllUsers } from '../use-all-users.ts';

const route = getRouteApi('/app/admin/teams/$teamId');

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/admin/teams">Back to teams</Link>
    </p>
  );
}

export function TeamPage() {
  const { teamId } = route.useParams();
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const people = useAllUsers();

  if (teams.isPending) {
    return (
      <Page title="Team">
        <Pending />
      </Page>
    );
  }
  if (teams.isError) {
    return (
      <Page title="Team">
        <QueryError
          title="This team could not be loaded"
          error={teams.error}
          onRetry={() => void teams.refetch()}
        />
        <BackLink />
      </Page>
    );
  }

  const team = teams.data.items.find((t) => t.id === teamId);
  if (!team) {
    return (
      <Page title="Team not found">
        <p>There is no team at this address. The link may be incomplete.</p>
        <BackLink />
      </Page>
    );
  }

  return (
    <Page title="Team" heading={team.name}>
      <BackLink />
      <p>{TEAMS_PURPOSE}</p>
      <Section title="Edit members">
        {people.users ? (
          // Keyed by team, so moving between teams starts a fresh form.
          <TeamMembersForm key={team.id} team={team} users={people.users} />
        ) : people.error ? (
          <QueryError
            title="The list of people could not be loaded"
            error={people.error}
            onRetry={people.retry}
          />
        ) : (
          <Pending label="Loading people…" />
        )}
      </Section>
    </Page>
  );
}
