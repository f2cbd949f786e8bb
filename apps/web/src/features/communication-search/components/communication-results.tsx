import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { CommunicationSummary } from '../../communications/components/communication-summary.tsx';

const PAGE_SIZE = 25;

/** The communications matching `search`, best matches first, a page at a time. */
export function CommunicationResults({ search }: { search: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.communications.search.infiniteQueryOptions(
      { search, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );

  if (query.isPending) return <Pending label="Searching…" />;
  if (query.data === undefined) {
    return (
      <Alert title="The search could not be done">
        <p>{errorMessage(query.error)}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </Alert>
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
      <p role="status" className="result-count" aria-busy={query.isFetching && !query.isFetchingNextPage}>
        {count}
      </p>
      {items.length > 0 ? (
        <ol className="communication-results" aria-label="Communications found">
          {items.map((communication) => (
            <li key={communication.id} className="communication-results__item">
              <CommunicationSummary communication={communication} showClient />
            </li>
          ))}
        </ol>
      ) : null}
      {query.hasNextPage ? (
        <Button
          variant="secondary"
          busy={query.isFetchingNextPage}
          busyLabel="Loading…"
          onClick={() => void query.fetchNextPage()}
        >
          Show more
        </Button>
      ) : null}
      {query.isFetchNextPageError ? (
        <Alert>More communications could not be loaded. {errorMessage(query.error)}</Alert>
      ) : null}
    </>
  );
}
