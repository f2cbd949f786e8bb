import { useInfiniteQuery } from '@tanstack/react-query';
import type { MyWorkCommunicationList, MyWorkDeadlineList } from '@umbrella/domain';
import { useState } from 'react';
import { useTRPC } from '../../../trpc.ts';
import type { MyWork } from './types.ts';

/** How many more rows one "Show more" reads. */
export const MORE_ROWS = 50;

/** What the foot of a list needs to read the next rows (components/show-more.tsx). */
export interface NextRows {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

export interface MoreRows<T> {
  /** The first page from My work, then what "Show more" read, each row once. */
  rows: T[];
  next: NextRows;
}

/** What is used of a list's infinite query. */
interface PagesQuery<T> extends NextRows {
  data: { pages: { items: T[] }[] } | undefined;
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * A My work list past its first page. Nothing is read until "Show more" is pressed; the pages then read start
 * after the first page and are read again with it when My work is (the same `myWork` queries), so a row done
 * meanwhile is not shown twice. Rows are kept once by id all the same.
 */
export function moreRows<T extends { id: string }>(
  first: readonly T[],
  total: number,
  query: PagesQuery<T>,
  expanded: boolean,
  expand: () => void,
): MoreRows<T> {
  const seen = new Set(first.map((row) => row.id));
  const rows = [...first];
  for (const page of expanded ? (query.data?.pages ?? []) : []) {
    for (const row of page.items) {
      if (!seen.has(row.id)) rows.push(row);
      seen.add(row.id);
    }
  }
  if (!expanded) {
    return {
      rows,
      next: {
        hasNextPage: total > first.length,
        isFetchingNextPage: false,
        isFetchNextPageError: false,
        error: null,
        fetchNextPage: async () => expand(),
      },
    };
  }
  // Until the first "more" page has come, the query's own first page stands for the next one: pending, being
  // read again after a failure (busy, the error hidden meanwhile), or failed.
  if (!query.data) {
    return {
      rows,
      next: {
        hasNextPage: true,
        isFetchingNextPage: query.isPending || query.isFetching,
        isFetchNextPageError: query.isError && !query.isFetching,
        error: query.error,
        fetchNextPage: () => query.refetch(),
      },
    };
  }
  return {
    rows,
    next: {
      hasNextPage: query.hasNextPage,
      isFetchingNextPage: query.isFetchingNextPage,
      isFetchNextPageError: query.isFetchNextPageError,
      error: query.error,
      fetchNextPage: () => query.fetchNextPage(),
    },
  };
}

/** Whose My work, for the pages' input: absent for one's own. */
const whose = (userId: string | undefined) => (userId ? { userId } : {});

const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

export function useMoreDeadlines(
  list: MyWorkDeadlineList,
  first: MyWork['overdue'],
  total: number,
  userId: string | undefined,
): MoreRows<MyWork['overdue'][number]> {
  const trpc = useTRPC();
  const [expanded, setExpanded] = useState(false);
  const query = useInfiniteQuery({
    ...trpc.myWork.deadlines.infiniteQueryOptions(
      { list, limit: MORE_ROWS, ...whose(userId) },
      { initialCursor: String(first.length), getNextPageParam: nextCursor },
    ),
    enabled: expanded,
  });
  return moreRows(first, total, query, expanded, () => setExpanded(true));
}

export function useMoreCommunications(
  list: MyWorkCommunicationList,
  first: MyWork['repliesOverdue'],
  total: number,
  userId: string | undefined,
): MoreRows<MyWork['repliesOverdue'][number]> {
  const trpc = useTRPC();
  const [expanded, setExpanded] = useState(false);
  const query = useInfiniteQuery({
    ...trpc.myWork.communications.infiniteQueryOptions(
      { list, limit: MORE_ROWS, ...whose(userId) },
      { initialCursor: String(first.length), getNextPageParam: nextCursor },
    ),
    enabled: expanded,
  });
  return moreRows(first, total, query, expanded, () => setExpanded(true));
}

export function useMoreReportFollowUps(
  first: MyWork['reportFollowUps'],
  total: number,
  userId: string | undefined,
): MoreRows<MyWork['reportFollowUps'][number]> {
  const trpc = useTRPC();
  const [expanded, setExpanded] = useState(false);
  const query = useInfiniteQuery({
    ...trpc.myWork.reportFollowUps.infiniteQueryOptions(
      { limit: MORE_ROWS, ...whose(userId) },
      { initialCursor: String(first.length), getNextPageParam: nextCursor },
    ),
    enabled: expanded,
  });
  return moreRows(first, total, query, expanded, () => setExpanded(true));
}
