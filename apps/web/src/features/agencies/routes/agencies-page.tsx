import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AGENCY_CATEGORIES, AGENCY_CATEGORY_LABELS, type AgencyCategory } from '@umbrella/domain';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextField } from '../../../components/field.tsx';
import { FlashNotice } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { ImmigrationWarning } from '../components/immigration-warning.tsx';

const route = getRouteApi('/app/agencies/');
const PAGE_SIZE = 50;

export function AgenciesPage() {
  const requested = route.useSearch().category;
  const category = requested && AGENCY_CATEGORIES.includes(requested) ? requested : undefined;
  const navigate = route.useNavigate();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | undefined>();

  return (
    <Page title="Agencies">
      <FlashNotice />
      <div className="page-actions">
        <p>
          The organisations your caseworkers deal with, and people there. Matters and letters point at them.
        </p>
        <Link to="/agencies/new" className="button button--primary">
          Add an agency
        </Link>
      </div>
      <form
        role="search"
        aria-label="Agencies"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(text.trim() || undefined);
        }}
      >
        <TextField
          label="Search agencies"
          type="search"
          hint="Part of the name"
          value={text}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <SelectField
          label="Category"
          value={category ?? ''}
          onChange={(event) =>
            void navigate({
              search: event.target.value ? { category: event.target.value as AgencyCategory } : {},
              replace: true,
            })
          }
        >
          <option value="">All categories</option>
          {AGENCY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {AGENCY_CATEGORY_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {search ? (
            <Button
              variant="secondary"
              onClick={() => {
                setText('');
                setSearch(undefined);
              }}
            >
              Clear search
            </Button>
          ) : null}
        </div>
      </form>
      <AgencyTable search={search} category={category} />
    </Page>
  );
}

function AgencyTable({
  search,
  category,
}: {
  search: string | undefined;
  category: AgencyCategory | undefined;
}) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.agencies.list.infiniteQueryOptions({ search, category, limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );
  if (query.isPending) return <Pending label="Loading agencies…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The agencies could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const agencies = query.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p role="status" className="result-count">
        {agencies.length === 0
          ? 'No agencies match.'
          : `${agencies.length} ${agencies.length === 1 ? 'agency' : 'agencies'} shown${query.hasNextPage ? ' (more below)' : ''}.`}
      </p>
      {agencies.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Agencies table" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Agencies</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Category</th>
                <th scope="col">Phone</th>
                <th scope="col">E-mail address</th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((agency) => (
                <tr key={agency.id}>
                  <th scope="row">
                    <Link to="/agencies/$agencyId" params={{ agencyId: agency.id }}>
                      {agency.name}
                    </Link>
                    {agency.isImmigrationEnforcement ? (
                      <div>
                        <ImmigrationWarning />
                      </div>
                    ) : null}
                  </th>
                  <td>{AGENCY_CATEGORY_LABELS[agency.category]}</td>
                  <td>{agency.phone ?? ''}</td>
                  <td className="break">{agency.email ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore query={query} label="Show more agencies" what="agencies" />
    </>
  );
}
