import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { CommunicationSummary } from './communication-summary.tsx';

const PAGE_SIZE = 20;

interface CommunicationListProps {
  personId: string;
  matterId: string | undefined;
  search: string | undefined;
  /** The communication open above the list, marked in it. */
  openId: string | undefined;
}

/** A client's communications, newest first, a page at a time. */
export function CommunicationList({ personId, matterId, search, openId }: CommunicationListProps) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.communications.list.infiniteQueryOptions(
      { personId, matterId, search, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );

  if (query.isPending) return <Pending label="Loading the communications…" />;
  if (query.data === undefined) {
    return (
      <Alert title="The communications could not be loaded">
        <p>{errorMessage(query.error)}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }

  const items = query.data.pages.flatMap((page) => page.items);
  const narrowed = search !== undefined || matterId !== undefined;
  const more = query.hasNextPage ? ' (more below)' : '';
  const count =
    items.length === 0
      ? narrowed
        ? 'No communications match.'
        : 'Nothing has been logged yet: letters, e-mails, calls and meetings with agencies appear here.'
      : `${items.length} ${items.length === 1 ? 'communication' : 'communications'} shown, newest first${more}.`;

  return (
    <>
      <p role="status" className="result-count" aria-busy={query.isFetching && !query.isFetchingNextPage}>
        {count}
      </p>
      {items.length > 0 ? (
        <ol className="communication-list" aria-label="Communications, newest first">
          {items.map((communication) => (
            <li
              key={communication.id}
              className={
                communication.id === openId
                  ? 'communication-list__item communication-list__item--open'
                  : 'communication-list__item'
              }
              aria-current={communication.id === openId ? 'true' : undefined}
              data-communication={communication.id}
            >
              <CommunicationSummary communication={communication} />
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
