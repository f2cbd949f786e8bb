import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { CHRONOLOGY_PAGE_MAX } from '@umbrella/domain';
import { useCallback } from 'react';
import { readAllPages } from '../../../lib/read-all-pages.ts';
import { useTRPC } from '../../../trpc.ts';

/** How many entries the screen reads, and shows, at a time: a long case has thousands, each in full. */
export const SCREEN_PAGE = 100;

/**
 * A case's (or one matter's) chronology: read a page at a time for the screen; read whole, in the largest
 * pages the server allows, only when it is printed (a print must hold every entry).
 */
export function useChronology(personId: string, matterId: string | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(
    trpc.communications.chronology.infiniteQueryOptions(
      { personId, matterId, limit: SCREEN_PAGE },
      // Not the paged lists' placeholder: another client's record must never stand in for this one's.
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const readWhole = useCallback(
    () =>
      readAllPages((cursor) =>
        queryClient.fetchQuery(
          // Read fresh for the print, and not kept once read: the page holds what it prints.
          trpc.communications.chronology.queryOptions(
            { personId, matterId, limit: CHRONOLOGY_PAGE_MAX, cursor },
            { staleTime: 0, gcTime: 0 },
          ),
        ),
      ),
    [matterId, personId, queryClient, trpc],
  );
  return { query, readWhole };
}
