/**
 * The events of a timeline read newest first, a page at a time: as read (newest first, for the latest
 * notes and the list) and oldest first (for the picture, which is drawn left to right).
 */
export function timelineEventsFromPages<E>(pages: readonly { items: readonly E[] }[] | undefined): {
  events: E[] | undefined;
  newestFirst: E[] | undefined;
} {
  if (!pages) return { events: undefined, newestFirst: undefined };
  const newestFirst = pages.flatMap((page) => page.items);
  return { events: [...newestFirst].reverse(), newestFirst };
}
