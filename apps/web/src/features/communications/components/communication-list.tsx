import { useInfiniteQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
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
      PAGED_QUERY_OPTIONS,
    ),
  );

  if (query.isPending) return <Pending label="Loading the communications…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The communications could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
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
      <ResultCount query={query}>{count}</ResultCount>
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
      <ShowMore query={query} what="communications" />
    </>
  );
}
