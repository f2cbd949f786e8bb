import { MATTER_KIND_LABELS, type MatterKind } from '@umbrella/domain';
import {
  dayNumber,
  formatCalendarDate,
  fromDayNumber,
  monthName,
  parseCalendarDate,
} from '../../../lib/dates.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import type { TimelineEvent } from './types.ts';

/** How an outcome reads for the client: shown by colour and by the marker's shape together. */
export type Tone = 'neutral' | 'positive' | 'negative' | 'closed';

const POSITIVE = new Set(['granted', 'appeal_allowed', 'rg_positive', 'cg_positive', 'charged', 'convicted']);
const NEGATIVE = new Set([
  'refused',
  'appeal_dismissed',
  'rg_negative',
  'cg_negative',
  'public_order_disqualified',
  'no_further_action',
  'acquitted',
  'care_proceedings',
]);

export function stageTone(stage: string | null): Tone {
  if (!stage) return 'neutral';
  if (stage === 'closed') return 'closed';
  if (POSITIVE.has(stage)) return 'positive';
  if (NEGATIVE.has(stage)) return 'negative';
  return 'neutral';
}

export const TONE_LABELS: Record<Tone, string> = {
  neutral: 'Stage change',
  positive: 'Good outcome',
  negative: 'Refusal or setback',
  closed: 'Closed',
};

/** What an event says, in a few words: for markers, tooltips and the list. */
export function eventTitle(event: TimelineEvent): string {
  switch (event.kind) {
    case 'case_opened':
      return 'Case file opened';
    case 'case_closed':
      return 'Case file closed';
    case 'matter_opened':
      return event.toStageLabel ? `Opened at “${event.toStageLabel}”` : 'Opened';
    case 'matter_reopened':
      return event.toStageLabel ? `Reopened at “${event.toStageLabel}”` : 'Reopened';
    case 'stage_change':
      return event.toStageLabel ?? event.toStage ?? 'Stage changed';
    case 'note':
      return 'Note';
    case 'communication':
      return event.communication
        ? `${event.communication.direction === 'outgoing' ? 'Sent to' : 'Received from'} ${event.communication.counterpartLabel}`
        : 'Communication';
    case 'accompaniment_report':
      return 'Accompaniment report';
    case 'supervision_review':
      return 'Supervision review';
    case 'key_worker_changed':
      return 'Key worker changed';
  }
}

/** A longer sentence, for the list view and the selected-event panel. */
export function eventDescription(event: TimelineEvent): string {
  if (event.kind === 'stage_change') {
    const to = event.toStageLabel ?? event.toStage ?? '';
    const from = event.fromStageLabel ?? event.fromStage;
    return from ? `Moved from “${from}” to “${to}”` : `Moved to “${to}”`;
  }
  if (event.kind === 'communication' && event.communication) {
    return `${eventTitle(event)}: “${event.communication.subject}”`;
  }
  if (event.kind === 'accompaniment_report') return 'Accompaniment report filed';
  // The sentence naming both key workers (and the reason) is written when the change is made.
  if (event.kind === 'key_worker_changed' && event.note) return event.note;
  if (event.kind === 'supervision_review') return 'Supervision review recorded';
  return eventTitle(event);
}

/**
 * The note to show after the description, or null: a key worker change's note is its sentence, already the
 * description, so it is not said twice.
 */
export function eventNote(event: TimelineEvent): string | null {
  if (event.kind === 'key_worker_changed') return null;
  return event.note;
}

/** Events about the case file as a whole, drawn as diamonds in its lane. */
const CASE_EVENTS: ReadonlySet<TimelineEvent['kind']> = new Set([
  'case_opened',
  'case_closed',
  'supervision_review',
  'key_worker_changed',
]);

export interface Lane {
  key: string;
  matterId: string | null;
  title: string;
  subtitle: string;
  kind: MatterKind | 'case';
  /** Day numbers of the lane's bar. */
  from: number;
  to: number;
  segments: { from: number; to: number; tone: Tone }[];
}

export interface Marker {
  event: TimelineEvent;
  laneIndex: number;
  x: number;
  tone: Tone;
  shape: 'circle' | 'ring' | 'square' | 'diamond' | 'triangle';
  /** A short text beside the marker when there is room for it, and on which row above the lane. */
  label: string | null;
  labelRow: 0 | 1;
  labelAnchor: 'start' | 'end';
}

export interface Tick {
  x: number;
  label: string | null;
  year: string | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  lanes: Lane[];
  markers: Marker[];
  ticks: Tick[];
  todayX: number;
  /** Where a day (a day number) falls on the x axis. */
  xOfDay: (day: number) => number;
  laneTop: (index: number) => number;
  first: string;
  last: string;
}

export const AXIS_HEIGHT = 40;
export const LANE_HEIGHT = 64;
/** Where in a lane the markers sit, and the two rows for labels above them. */
export const MARKER_Y = 44;
export const LABEL_ROWS = [18, 30] as const;
const SIDE_PAD = 20;
const MIN_WIDTH = 760;
const MIN_SPAN_DAYS = 120;
const CHAR_WIDTH = 6.1;
const MAX_LABEL = 26;

function truncate(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Places lanes, markers and the time axis. Pure, so it can be reasoned about (and tested) apart from SVG. */
export function layoutTimeline(input: {
  matters: readonly MatterView[];
  events: readonly TimelineEvent[];
  caseOpenedOn: string;
  caseClosedOn: string | null;
  today: string;
}): TimelineLayout {
  const { matters, events, today } = input;
  const todayDay = dayNumber(today);
  const days = [
    dayNumber(input.caseOpenedOn),
    todayDay,
    ...matters.map((m) => dayNumber(m.openedOn)),
    ...events.map((e) => dayNumber(e.occurredOn)),
  ].filter((d) => Number.isFinite(d));
  let start = Math.min(...days) - 14;
  const end = Math.max(...days) + 21;
  if (end - start < MIN_SPAN_DAYS) start = end - MIN_SPAN_DAYS;
  const span = end - start;
  const pxPerDay = Math.min(6, Math.max(0.6, MIN_WIDTH / span));
  const width = Math.round(SIDE_PAD * 2 + span * pxPerDay);
  const xOf = (day: number) => SIDE_PAD + (day - start) * pxPerDay;

  const matterIds = new Set(matters.map((m) => m.id));
  const lanes: Lane[] = [
    {
      key: 'case',
      matterId: null,
      title: 'Case file',
      subtitle: input.caseClosedOn ? 'Closed' : 'Notes and case events',
      kind: 'case',
      from: dayNumber(input.caseOpenedOn),
      to: input.caseClosedOn ? dayNumber(input.caseClosedOn) : todayDay,
      segments: [],
    },
    ...matters.map((matter): Lane => {
      const stages = events
        .filter(
          (e) =>
            e.matterId === matter.id &&
            (e.kind === 'matter_opened' || e.kind === 'stage_change' || e.kind === 'matter_reopened'),
        )
        .map((e) => ({ day: dayNumber(e.occurredOn), stage: e.toStage }));
      const from = dayNumber(matter.openedOn);
      const to = matter.closed ? dayNumber(matter.stageChangedOn) : todayDay;
      const segments: Lane['segments'] = [];
      stages.forEach((s, i) => {
        const next = stages[i + 1]?.day ?? to;
        if (s.stage !== 'closed' && next > s.day)
          segments.push({ from: s.day, to: next, tone: stageTone(s.stage) });
      });
      return {
        key: matter.id,
        matterId: matter.id,
        title: MATTER_KIND_LABELS[matter.kind],
        subtitle: matter.closed ? 'Closed' : matter.stageLabel,
        kind: matter.kind,
        from,
        to: Math.max(from, to),
        segments,
      };
    }),
  ];

  // Labels go on one of two rows above the lane, left to right, wherever they do not overlap; the rest are
  // still in the tooltip and the list.
  const rowEnds = lanes.map(() => [-Infinity, -Infinity]);
  const lastX = lanes.map(() => -Infinity);
  const markers: Marker[] = [];
  const sorted = [...events].sort((a, b) =>
    a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0,
  );
  for (const event of sorted) {
    const laneIndex =
      event.matterId && matterIds.has(event.matterId)
        ? 1 + matters.findIndex((m) => m.id === event.matterId)
        : 0;
    let x = xOf(dayNumber(event.occurredOn));
    // Several events on one day: spread them a little so each can be seen.
    const previous = lastX[laneIndex] ?? -Infinity;
    if (x - previous < 6) x = previous + 6;
    lastX[laneIndex] = x;
    const tone =
      event.kind === 'note' || event.kind === 'case_opened' || event.kind === 'accompaniment_report'
        ? 'neutral'
        : stageTone(event.toStage);
    const shape: Marker['shape'] =
      event.kind === 'note'
        ? 'square'
        : event.kind === 'accompaniment_report'
          ? 'triangle'
          : CASE_EVENTS.has(event.kind)
            ? 'diamond'
            : event.kind === 'matter_opened' || event.kind === 'matter_reopened'
              ? 'ring'
              : 'circle';
    let label: string | null = null;
    let labelRow: 0 | 1 = 0;
    let labelAnchor: 'start' | 'end' = 'start';
    if (event.kind !== 'note') {
      const text = truncate(eventTitle(event));
      const textWidth = text.length * CHAR_WIDTH;
      labelAnchor = x + textWidth > width - 4 ? 'end' : 'start';
      const left = labelAnchor === 'start' ? x - 3 : x - textWidth;
      const ends = rowEnds[laneIndex] ?? [-Infinity, -Infinity];
      const row = (ends[0] ?? -Infinity) + 8 <= left ? 0 : (ends[1] ?? -Infinity) + 8 <= left ? 1 : null;
      if (row !== null) {
        label = text;
        labelRow = row;
        ends[row] = left + textWidth;
      }
    }
    markers.push({ event, laneIndex, x, tone, shape, label, labelRow, labelAnchor });
  }

  // Month ticks, labelled every 1, 2, 3, 6 or 12 months so that labels do not collide; years at January.
  const pxPerMonth = pxPerDay * 30.44;
  const step = [1, 2, 3, 6, 12].find((s) => pxPerMonth * s >= 42) ?? 12;
  const ticks: Tick[] = [];
  const first = parseCalendarDate(fromDayNumber(Math.ceil(start)));
  if (first) {
    let year = first.year;
    let month = first.month + 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    for (;;) {
      const date = `${year}-${String(month).padStart(2, '0')}-01`;
      const day = dayNumber(date);
      if (day > end) break;
      ticks.push({
        x: xOf(day),
        label: (month - 1) % step === 0 ? monthName(month) : null,
        year: month === 1 ? String(year) : null,
      });
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }

  const dated = events.map((e) => e.occurredOn).sort();
  return {
    width,
    height: AXIS_HEIGHT + lanes.length * LANE_HEIGHT + 4,
    lanes,
    markers,
    ticks,
    todayX: xOf(todayDay),
    xOfDay: xOf,
    laneTop: (index) => AXIS_HEIGHT + index * LANE_HEIGHT,
    first: dated[0] ?? input.caseOpenedOn,
    last: dated[dated.length - 1] ?? input.caseOpenedOn,
  };
}

/** One sentence for screen readers: what the picture shows. */
export function timelineSummary(layout: TimelineLayout, eventCount: number): string {
  const tracks = layout.lanes
    .filter((lane) => lane.matterId)
    .map((lane) => `${lane.title}: ${lane.subtitle}`)
    .join('; ');
  const matters = layout.lanes.length - 1;
  return (
    `Timeline with ${matters} ${matters === 1 ? 'matter' : 'matters'}` +
    `${tracks ? ` (${tracks})` : ''} and ${eventCount} ${eventCount === 1 ? 'event' : 'events'} ` +
    `from ${formatCalendarDate(layout.first)} to ${formatCalendarDate(layout.last)}. Each event is in the list that follows.`
  );
}
