import { keepPreviousData } from '@tanstack/react-query';

/**
 * The options of a list read a page at a time: the server's cursor leads to the next page, and the rows
 * shown stay on screen while other search words or filters load.
 */
export const PAGED_QUERY_OPTIONS = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
  placeholderData: keepPreviousData,
};
