import { useInfiniteQuery } from '@tanstack/react-query';
import { TIMELINE_PAGE_MAX } from '@umbrella/domain';
import { useMemo } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * A client's timeline, oldest first, read a page at a time (the server's largest page): the picture, the list
 * of events and the latest notes share it, so the page reads it once. Later pages load on request, so a case
 * with thousands of events never arrives (or renders) whole.
 */
export function useClientTimeline(personId: string) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.clients.timeline.infiniteQueryOptions(
      { personId, limit: TIMELINE_PAGE_MAX },
      // Not the paged lists' placeholder: another client's events must never stand in for this one's.
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  // The same array until a page arrives: the picture's layout is worked out again only then.
  const events = useMemo(() => query.data?.pages.flatMap((page) => page.items), [query.data]);
  return { query, events };
}
