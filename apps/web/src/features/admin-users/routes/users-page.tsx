import { useState } from 'react';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { AddUserForm } from '../components/add-user-form.tsx';
import { UserSearch } from '../components/user-search.tsx';
import { UsersTable } from '../components/users-table.tsx';

export function UsersPage() {
  // Kept in the page, not the address: a name or e-mail typed here must not end up in a URL or history.
  const [search, setSearch] = useState<string | undefined>();
  return (
    <Page title="Users">
      <p>
        Everyone who can sign in to Umbrella. Select a name to change their role, reset or deactivate them.
      </p>
      <UserSearch search={search} onSearch={setSearch} />
      <UsersTable search={search} />
      <Section title="Add a user">
        <AddUserForm />
      </Section>
    </Page>
  );
}
