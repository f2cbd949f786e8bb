import { describe, expect, it } from 'vitest';
import { readAllPages } from './read-all-pages.ts';

/** A list of `n` rows served `size` at a time, the cursor naming the last row of the page before. */
function served(n: number, size: number) {
  const asked: (string | undefined)[] = [];
  const fetchPage = (cursor: string | undefined) => {
    asked.push(cursor);
    const from = cursor === undefined ? 0 : Number(cursor) + 1;
    const rows = Array.from({ length: Math.min(size, n - from) }, (_, i) => from + i);
    const last = rows.at(-1);
    return Promise.resolve({ rows, nextCursor: from + size < n && last !== undefined ? String(last) : null });
  };
  return { asked, fetchPage };
}

describe('readAllPages', () => {
  it('reads every page once, in order, each from where the one before ended', async () => {
    const { asked, fetchPage } = served(1_234, 500);
    const pages = await readAllPages(fetchPage);
    expect(pages.map((p) => p.rows.length)).toEqual([500, 500, 234]);
    expect(pages.flatMap((p) => p.rows)).toEqual(Array.from({ length: 1_234 }, (_, i) => i));
    expect(asked).toEqual([undefined, '499', '999']);
  });

  it('reads a short list in one request', async () => {
    const { asked, fetchPage } = served(3, 500);
    expect((await readAllPages(fetchPage)).map((p) => p.rows)).toEqual([[0, 1, 2]]);
    expect(asked).toEqual([undefined]);
  });

  it('stops with an error rather than go round in circles', async () => {
    let calls = 0;
    const stuck = () => {
      calls += 1;
      return Promise.resolve({ nextCursor: 'same' });
    };
    await expect(readAllPages(stuck)).rejects.toThrow(/could not be read to its end/);
    expect(calls).toBe(2);
  });

  it('passes on a page that fails', async () => {
    await expect(readAllPages(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});
