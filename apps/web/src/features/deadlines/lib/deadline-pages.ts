import type { DeadlineView } from './types.ts';

interface DeadlinesPage {
  items: readonly DeadlineView[];
  counts: { open: number; overdue: number; closed: number };
}

/**
 * A client's deadlines as read so far (pages in the server's order: open by due date, then closed), split as
 * the panel shows them, with the counts of the whole list, and whether open ones are still to come (so the
 * panel offers more of those before any closed one).
 */
export function deadlinePanel(pages: readonly DeadlinesPage[]) {
  const items = pages.flatMap((page) => page.items);
  const counts = pages[0]?.counts ?? { open: 0, overdue: 0, closed: 0 };
  const open = items.filter((d) => d.status === 'open');
  const closed = items.filter((d) => d.status !== 'open');
  return { open, closed, counts, moreOpen: open.length < counts.open };
}
