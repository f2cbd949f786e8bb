import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { UserSummary } from '../../lib/api-types.ts';
import { useTRPC } from '../../trpc.ts';

const PAGE_SIZE = 100;

export interface AllUsers {
  /** Every user, by name; undefined until the last page has arrived. */
  users: UserSummary[] | undefined;
  byId: ReadonlyMap<string, UserSummary>;
  error: unknown;
  retry: () => void;
}

/**
 * Every user of Umbrella, read page by page (an organisation has tens of staff, not thousands): for naming
 * team members and choosing them. Shares the cache with the users pages, so their changes show here too.
 */
export function useAllUsers(): AllUsers {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, refetch } = query;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const users = useMemo(
    () => (data && !hasNextPage ? data.pages.flatMap((page) => page.items) : undefined),
    [data, hasNextPage],
  );
  const byId = useMemo(() => new Map((users ?? []).map((user) => [user.id, user])), [users]);
  return {
    users,
    byId,
    error: query.isError ? query.error : null,
    retry: () => void refetch(),
  };
}
