import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { AddTeamForm } from '../components/add-team-form.tsx';
import { TeamsTable } from '../components/teams-table.tsx';
import { TEAMS_PURPOSE } from '../lib/teams.ts';

export function TeamsPage() {
  return (
    <Page title="Teams">
      <p>{TEAMS_PURPOSE}</p>
      <TeamsTable />
      <Section title="Add a team">
        <AddTeamForm />
      </Section>
    </Page>
  );
}
