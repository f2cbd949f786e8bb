import { getRouteApi } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { AddUserForm } from '../components/add-user-form.tsx';
import { UserSearch } from '../components/user-search.tsx';
import { UsersTable } from '../components/users-table.tsx';

const route = getRouteApi('/app/admin/users');

export function UsersPage() {
  const { search } = route.useSearch();
  return (
    <Page title="Users">
      <p>
        Everyone who can sign in to Umbrella. Select a name to change their role, reset or deactivate them.
      </p>
      <UserSearch key={search ?? ''} search={search} />
      <UsersTable search={search} />
      <Section title="Add a user">
        <AddUserForm />
      </Section>
    </Page>
  );
}
