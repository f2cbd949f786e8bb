import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { fieldErrors } from '../../../lib/errors.ts';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { AuditExport } from '../components/audit-export.tsx';
import { AuditFilters } from '../components/audit-filters.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { auditFilters, type AuditSearch } from '../lib/audit-search.ts';
import '../audit.css';

const route = getRouteApi('/app/audit/');
const PAGE_SIZE = 50;

/** `/audit`: who viewed or changed what, for supervisors and administrators; filters in the address. */
export function AuditPage() {
  const trpc = useTRPC();
  const navigate = route.useNavigate();
  const search = route.useSearch();
  const filters = auditFilters(search);
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions({ ...filters, limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );
  const go = (next: AuditSearch) => void navigate({ search: next, replace: true });
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(query.error)).map(([field, messages]) => [field, messages[0]]),
  );

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const more = query.hasNextPage ? ' (more below)' : '';
  return (
    <Page title="Audit log">
      <div className="audit">
        <p className="muted">
          Every view and change of a record, every refusal, sign-in and export, as the tamper-evident log
          keeps them. Looking at this log is recorded too.
        </p>
        <AuditFilters search={search} errors={errors} onChange={go} />
        <AuditExport filters={filters} />
        {query.isPending ? (
          <Pending label="Loading the log…" />
        ) : query.data === undefined ? (
          <QueryError
            title="The log could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <>
            <ResultCount query={query}>
              {items.length === 0
                ? 'Nothing in the log matches these filters.'
                : `${items.length.toLocaleString('en-GB')} ${items.length === 1 ? 'entry' : 'entries'} shown${more}.`}
            </ResultCount>
            {items.length > 0 ? <AuditTable rows={items} /> : null}
            <ShowMore query={query} label="Show older entries" what="entries" />
          </>
        )}
      </div>
    </Page>
  );
}
