import { describe, expect, it, vi } from 'vitest';
import { moreRows } from './use-more-rows.ts';

const row = (id: string) => ({ id });
const first = [row('a'), row('b')];

function query(over: Partial<Parameters<typeof moreRows<{ id: string }>>[2]> = {}) {
  return {
    data: undefined,
    isPending: true,
    isFetching: false,
    isError: false,
    hasNextPage: false,
    isFetchingNextPage: false,
    isFetchNextPageError: false,
    error: null,
    refetch: vi.fn(async () => undefined),
    fetchNextPage: vi.fn(async () => undefined),
    ...over,
  };
}

describe('moreRows', () => {
  it('offers more while the count is above the first page, and reads nothing until asked', async () => {
    const expand = vi.fn();
    const more = moreRows(first, 30, query(), false, expand);
    expect(more.rows).toEqual(first);
    expect(more.next.hasNextPage).toBe(true);
    await more.next.fetchNextPage();
    expect(expand).toHaveBeenCalledOnce();
    expect(moreRows(first, 2, query(), false, expand).next.hasNextPage).toBe(false);
  });

  it('shows the button busy while the first more page is read', () => {
    const more = moreRows(first, 30, query({ isFetching: true }), true, vi.fn());
    expect(more.next).toMatchObject({ hasNextPage: true, isFetchingNextPage: true });
  });

  it('appends the pages read, each row once, and follows the query for the next page', async () => {
    const q = query({
      isPending: false,
      hasNextPage: true,
      data: { pages: [{ items: [row('b'), row('c')] }, { items: [row('d')] }] },
    });
    const more = moreRows(first, 30, q, true, vi.fn());
    expect(more.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    await more.next.fetchNextPage();
    expect(q.fetchNextPage).toHaveBeenCalledOnce();
  });

  it('says a failed first more page, and reads it again when asked, busy and without the error meanwhile', async () => {
    // TanStack: an error ends `pending`; a retry is `fetching` with the error still there.
    const failed = query({ isPending: false, isError: true, error: new Error('offline') });
    const more = moreRows(first, 30, failed, true, vi.fn());
    expect(more.next).toMatchObject({
      hasNextPage: true,
      isFetchingNextPage: false,
      isFetchNextPageError: true,
    });
    await more.next.fetchNextPage();
    expect(failed.refetch).toHaveBeenCalledOnce();
    const retrying = moreRows(first, 30, { ...failed, isFetching: true }, true, vi.fn());
    expect(retrying.next).toMatchObject({ isFetchingNextPage: true, isFetchNextPageError: false });
  });
});
