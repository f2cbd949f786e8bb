import { describe, expect, it } from 'vitest';
import { eventDescription, eventNote, eventTitle, layoutTimeline } from './timeline-layout.ts';
import type { TimelineEvent } from './types.ts';

function event(kind: TimelineEvent['kind'], note: string | null, id = kind): TimelineEvent {
  return {
    id,
    matterId: null,
    matterKind: null,
    kind,
    occurredOn: '2026-11-23',
    recordedAt: '2026-11-23T10:00:00.000Z',
    recordedBy: { id: 'u1', displayName: 'Dana Okafor' },
    fromStage: null,
    toStage: null,
    fromStageLabel: null,
    toStageLabel: null,
    note,
    sensitive: false,
    communication: null,
    appointmentId: null,
  };
}

const changed = event(
  'key_worker_changed',
  'Key worker changed from Joanna Mensah to Tomasz Nowak. Reason: Joanna is on leave.',
);
const review = event('supervision_review', null);

describe('supervision events on the timeline', () => {
  it('names a review, never with its notes', () => {
    expect(eventTitle(review)).toBe('Supervision review');
    expect(eventDescription(review)).toBe('Supervision review recorded');
    expect(eventNote(review)).toBeNull();
  });

  it('says a key worker change in its own sentence, once', () => {
    expect(eventTitle(changed)).toBe('Key worker changed');
    expect(eventDescription(changed)).toBe(changed.note);
    expect(eventNote(changed)).toBeNull();
    expect(eventNote(event('note', 'Called the client.'))).toBe('Called the client.');
  });

  it('draws both in the case file’s lane as case events, labelled', () => {
    const layout = layoutTimeline({
      matters: [],
      events: [review, changed],
      caseOpenedOn: '2026-01-05',
      caseClosedOn: null,
      today: '2026-12-01',
    });
    expect(layout.markers.map((m) => [m.event.kind, m.laneIndex, m.shape, m.tone])).toEqual([
      ['supervision_review', 0, 'diamond', 'neutral'],
      ['key_worker_changed', 0, 'diamond', 'neutral'],
    ]);
    expect(layout.markers[0]?.label).toBe('Supervision review');
  });
});
