import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { FlashNotice } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { ClientFilters } from '../components/client-filters.tsx';
import { ClientList } from '../components/client-list.tsx';
import { ClientSearch } from '../components/client-search.tsx';
import { sanitiseClientListSearch } from '../lib/sanitise-search.ts';

const route = getRouteApi('/app/clients/');

export function ClientsPage() {
  const filters = sanitiseClientListSearch(route.useSearch());
  const navigate = route.useNavigate();
  // Kept in the page, not the address: a name or reference typed here must not end up in a URL or history.
  const [search, setSearch] = useState<string | undefined>();

  return (
    <Page title="Clients">
      <FlashNotice />
      <div className="page-actions">
        <p>Everyone your organisation supports. Choose a name to open their record.</p>
        <Link to="/clients/new" className="button button--primary">
          Add a client
        </Link>
      </div>
      <ClientSearch search={search} onSearch={setSearch} />
      <ClientFilters filters={filters} onChange={(next) => void navigate({ search: next, replace: true })} />
      <ClientList search={search} filters={filters} />
    </Page>
  );
}
