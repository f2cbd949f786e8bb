import type { ReactNode } from 'react';

interface ResultCountProps {
  /** The list's infinite query: the count is busy while new search words or filters load. */
  query: { isFetching: boolean; isFetchingNextPage: boolean };
  /** "3 clients shown (more below)." */
  children: ReactNode;
}

/**
 * How many a list shows, announced politely as it changes. It is not busy while a next page loads: the
 * rows shown stay, and the button says it is loading.
 */
export function ResultCount({ query, children }: ResultCountProps) {
  return (
    <p role="status" className="result-count" aria-busy={query.isFetching && !query.isFetchingNextPage}>
      {children}
    </p>
  );
}
