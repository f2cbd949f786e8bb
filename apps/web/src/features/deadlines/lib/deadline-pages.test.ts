import { describe, expect, it } from 'vitest';
import { deadlinePanel } from './deadline-pages.ts';
import type { DeadlineView } from './types.ts';

const deadline = (id: string, status: DeadlineView['status']) => ({ id, status }) as DeadlineView;
const counts = { open: 3, overdue: 1, closed: 2 };

describe('deadlinePanel', () => {
  it('keeps the server’s order within the open and the closed, across pages', () => {
    const panel = deadlinePanel([
      { items: [deadline('a', 'open'), deadline('b', 'open')], counts },
      { items: [deadline('c', 'open'), deadline('d', 'met')], counts },
      { items: [deadline('e', 'waived')], counts },
    ]);
    expect(panel.open.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(panel.closed.map((d) => d.id)).toEqual(['d', 'e']);
    expect(panel.counts).toEqual(counts);
    expect(panel.moreOpen).toBe(false);
  });

  it('says when open deadlines are still to come', () => {
    const panel = deadlinePanel([{ items: [deadline('a', 'open'), deadline('b', 'open')], counts }]);
    expect(panel.moreOpen).toBe(true);
    expect(panel.closed).toEqual([]);
  });

  it('counts nothing before anything is read', () => {
    expect(deadlinePanel([])).toEqual({
      open: [],
      closed: [],
      counts: { open: 0, overdue: 0, closed: 0 },
      moreOpen: false,
    });
  });
});
