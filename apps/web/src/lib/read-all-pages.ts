/** A page of a list read a page at a time: its rows, and where the next page starts (null on the last). */
export interface CursorPage {
  nextCursor: string | null;
}

/**
 * Reads a list to its end, a page at a time (each request bounded by the server's page limit), for the rare
 * view that must hold all of it at once, such as a print. Refuses to go round in circles: a cursor seen
 * before is an error, never an endless loop.
 */
export async function readAllPages<P extends CursorPage>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): Promise<P[]> {
  const pages: P[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
    if (cursor !== undefined) {
      if (seen.has(cursor)) throw new Error('The list could not be read to its end: a page came back twice.');
      seen.add(cursor);
    }
  } while (cursor !== undefined);
  return pages;
}
