import { useInfiniteQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { CommunicationSummary } from '../../communications/components/communication-summary.tsx';

const PAGE_SIZE = 25;

/** The communications matching `search`, best matches first, a page at a time. */
export function CommunicationResults({ search }: { search: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.communications.search.infiniteQueryOptions({ search, limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );

  if (query.isPending) return <Pending label="Searching…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The search could not be done"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const items = query.data.pages.flatMap((page) => page.items);
  const more = query.hasNextPage ? ' (more below)' : '';
  const count =
    items.length === 0
      ? 'No communications match. Try fewer or different words.'
      : `${items.length} ${items.length === 1 ? 'communication' : 'communications'} found${more}.`;

  return (
    <>
      <ResultCount query={query}>{count}</ResultCount>
      {items.length > 0 ? (
        <ol className="communication-results" aria-label="Communications found">
          {items.map((communication) => (
            <li key={communication.id} className="communication-results__item">
              <CommunicationSummary communication={communication} showClient />
            </li>
          ))}
        </ol>
      ) : null}
      <ShowMore query={query} what="communications" />
    </>
  );
}
