import { describe, expect, it } from 'vitest';
import { timelineEventsFromPages } from './timeline-pages.ts';

describe('timelineEventsFromPages', () => {
  it('keeps the pages as read, newest first, and gives the picture the same events oldest first', () => {
    const pages = [{ items: ['2026-11-20', '2026-11-02'] }, { items: ['2026-10-01', '2026-09-15'] }];
    expect(timelineEventsFromPages(pages)).toEqual({
      newestFirst: ['2026-11-20', '2026-11-02', '2026-10-01', '2026-09-15'],
      events: ['2026-09-15', '2026-10-01', '2026-11-02', '2026-11-20'],
    });
  });

  it('leaves the pages it was given untouched', () => {
    const pages = [{ items: [3, 2] }, { items: [1] }];
    timelineEventsFromPages(pages);
    expect(pages).toEqual([{ items: [3, 2] }, { items: [1] }]);
  });

  it('has nothing before the first page arrives, and nothing recorded on an empty page', () => {
    expect(timelineEventsFromPages(undefined)).toEqual({ events: undefined, newestFirst: undefined });
    expect(timelineEventsFromPages([{ items: [] }])).toEqual({ events: [], newestFirst: [] });
  });
});
