import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { Badge } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { MATCH_FIELD_LABELS, riskFlagLabel } from '../lib/labels.ts';
import type { ClientListSearch } from '../lib/list-search.ts';
import type { ClientSummary } from '../lib/types.ts';

const PAGE_SIZE = 25;

interface ClientListProps {
  search: string | undefined;
  filters: ClientListSearch;
}

export function ClientList({ search, filters }: ClientListProps) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.clients.list.infiniteQueryOptions(
      {
        search,
        keyWorkerId: filters.keyWorker,
        matterKind: filters.kind,
        stage: filters.stage,
        status: filters.status,
        flag: filters.flag,
        limit: PAGE_SIZE,
      },
      PAGED_QUERY_OPTIONS,
    ),
  );

  if (query.isPending) return <Pending label="Loading clients…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The clients could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const clients = query.data.pages.flatMap((page) => page.items);
  const narrowed = search !== undefined || Object.keys(filters).length > 0;
  const more = query.hasNextPage ? ' (more below)' : '';
  const count =
    clients.length === 0
      ? narrowed
        ? 'No clients match.'
        : 'There are no clients yet.'
      : `${clients.length} ${clients.length === 1 ? 'client' : 'clients'} shown${more}.`;

  return (
    <>
      <ResultCount query={query}>{count}</ResultCount>
      {clients.length > 0 ? (
        <ul className="client-list" aria-label="Clients">
          {clients.map((client) => (
            <ClientRow key={client.id} client={client} />
          ))}
        </ul>
      ) : null}
      <ShowMore query={query} label="Show more clients" what="clients" />
    </>
  );
}

function ClientRow({ client }: { client: ClientSummary }) {
  return (
    <li className="client-row">
      <div className="client-row__head">
        <Link to="/clients/$clientId" params={{ clientId: client.id }} className="client-row__name">
          {client.displayName}
        </Link>
        {client.pronouns ? <span className="muted"> ({client.pronouns})</span> : null}
        {client.restricted ? <Badge tone="warning">Restricted</Badge> : null}
        {client.archived ? (
          <Badge>Archived</Badge>
        ) : client.caseStatus === 'closed' ? (
          <Badge>Case closed</Badge>
        ) : null}
      </div>
      {client.match ? (
        <p className="client-row__match">
          Matched {MATCH_FIELD_LABELS[client.match.field]?.toLowerCase() ?? client.match.field}:{' '}
          <mark>{client.match.text}</mark>
        </p>
      ) : null}
      <dl className="client-row__facts">
        <div>
          <dt>Key worker</dt>
          <dd>{client.keyWorker?.displayName ?? 'None'}</dd>
        </div>
        <div>
          <dt>Matters</dt>
          <dd>
            {client.matters.length === 0 ? (
              'None open'
            ) : (
              <ul className="chip-list chip-list--inline">
                {client.matters.map((matter, index) => (
                  <li key={`${matter.kind}-${index}`} className={`matter-chip matter-chip--${matter.kind}`}>
                    {MATTER_KIND_LABELS[matter.kind]}: {matter.stageLabel}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {client.riskFlags.length > 0 ? (
          <div>
            <dt>Risk flags</dt>
            <dd>
              <ul className="chip-list chip-list--inline">
                {client.riskFlags.map((flag) => (
                  <li key={flag} className="flag-chip">
                    {riskFlagLabel(flag)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
