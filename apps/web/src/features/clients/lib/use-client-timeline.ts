import { useInfiniteQuery } from '@tanstack/react-query';
import { TIMELINE_PAGE_MAX } from '@umbrella/domain';
import { useMemo } from 'react';
import { useTRPC } from '../../../trpc.ts';
import { timelineEventsFromPages } from './timeline-pages.ts';

/**
 * A client's timeline read from its latest end, a page at a time (the server's largest page): the picture,
 * the list of events and the latest notes share it, so the page reads it once. Earlier pages load on
 * request, so a case with thousands of events never arrives (or renders) whole, and what a caseworker looks
 * for first, the most recent activity, is there at once.
 */
export function useClientTimeline(personId: string) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.clients.timeline.infiniteQueryOptions(
      { personId, order: 'newest', limit: TIMELINE_PAGE_MAX },
      // Not the paged lists' placeholder: another client's events must never stand in for this one's.
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  // The same arrays until a page arrives: the picture's layout is worked out again only then.
  const { events, newestFirst } = useMemo(() => timelineEventsFromPages(query.data?.pages), [query.data]);
  return { query, events, newestFirst };
}
