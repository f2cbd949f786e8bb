import { MATTER_KIND_LABELS, type MatterKind } from '@umbrella/domain';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { OpenCommunicationLink } from '../../communications/components/open-communication-link.tsx';
import { useOpenCommunication } from '../../communications/lib/use-open-communication.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import {
  AXIS_HEIGHT,
  eventDescription,
  eventNote,
  LABEL_ROWS,
  LANE_HEIGHT,
  layoutTimeline,
  MARKER_Y,
  timelineSummary,
  TONE_LABELS,
  type Marker,
  type TimelineLayout,
  type Tone,
} from '../lib/timeline-layout.ts';
import type { TimelineEvent } from '../lib/types.ts';

interface SwimlaneTimelineProps {
  matters: readonly MatterView[];
  events: readonly TimelineEvent[];
  caseOpenedOn: string;
  caseClosedOn: string | null;
}

function laneName(event: TimelineEvent, matters: readonly MatterView[]): string {
  const matter = event.matterId ? matters.find((m) => m.id === event.matterId) : undefined;
  return matter ? MATTER_KIND_LABELS[matter.kind as MatterKind] : 'Case file';
}

function tooltip(event: TimelineEvent, matters: readonly MatterView[]): string {
  const text = eventNote(event);
  const note = text ? ` — ${text.length > 160 ? `${text.slice(0, 159)}…` : text}` : '';
  const sensitive = event.sensitive ? ' (sensitive)' : '';
  return `${formatCalendarDate(event.occurredOn)} · ${laneName(event, matters)}: ${eventDescription(event)}${sensitive}${note}`;
}

/**
 * A client's case as a picture: one lane per matter and one for the case file, each event placed by the date
 * it happened on a shared time axis. The picture is one image to assistive technology, summarised in words;
 * the same events follow as an ordered list (hidden from sight until asked for, never from screen readers).
 */
export function SwimlaneTimeline({ matters, events, caseOpenedOn, caseClosedOn }: SwimlaneTimelineProps) {
  const today = todayInLondon();
  const layout = useMemo(
    () => layoutTimeline({ matters, events, caseOpenedOn, caseClosedOn, today }),
    [matters, events, caseOpenedOn, caseClosedOn, today],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showList, setShowList] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const listId = useId();
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  const openCommunication = useOpenCommunication().open;

  // The latest events matter most: on a narrow screen, start scrolled to the right-hand end.
  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [layout.width]);

  const newestFirst = [...events].reverse();

  return (
    <div className="timeline">
      <Legend />
      <div className="swimlanes">
        <ul className="swimlanes__labels" aria-hidden="true">
          {layout.lanes.map((lane) => (
            <li key={lane.key} className={`swimlanes__label swimlanes__label--${lane.kind}`}>
              <span className="swimlanes__lane-title">{lane.title}</span>
              <span className="swimlanes__lane-stage">{lane.subtitle}</span>
            </li>
          ))}
        </ul>
        <div
          ref={scrollRef}
          className="swimlanes__scroll"
          role="region"
          aria-label="Timeline picture (scrolls sideways)"
          tabIndex={0}
        >
          <svg
            className="swimlanes__svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-labelledby={summaryId}
          >
            <Axis layout={layout} />
            {layout.lanes.map((lane, index) => {
              const top = layout.laneTop(index);
              const y = top + MARKER_Y;
              const x1 = layout.xOfDay(lane.from);
              const x2 = layout.xOfDay(lane.to);
              return (
                <g key={lane.key} className={`lane lane--${lane.kind}`}>
                  <rect className="lane__band" x={0} y={top} width={layout.width} height={LANE_HEIGHT} />
                  <line className="lane__rule" x1={0} x2={layout.width} y1={y} y2={y} />
                  <rect
                    className="lane__bar"
                    x={x1}
                    y={y - 3}
                    width={Math.max(2, x2 - x1)}
                    height={6}
                    rx={3}
                  />
                  {lane.segments.map((segment, i) => (
                    <rect
                      key={i}
                      className={`lane__segment lane__segment--${segment.tone}`}
                      x={layout.xOfDay(segment.from)}
                      y={y - 3}
                      width={Math.max(2, layout.xOfDay(segment.to) - layout.xOfDay(segment.from))}
                      height={6}
                    />
                  ))}
                </g>
              );
            })}
            <g className="today">
              <line
                className="today__line"
                x1={layout.todayX}
                x2={layout.todayX}
                y1={AXIS_HEIGHT - 6}
                y2={layout.height}
              />
            </g>
            {layout.markers.map((marker) => (
              <MarkerShape
                key={marker.event.id}
                marker={marker}
                top={layout.laneTop(marker.laneIndex)}
                selected={marker.event.id === selectedId}
                title={tooltip(marker.event, matters)}
                onSelect={() => {
                  setSelectedId(marker.event.id === selectedId ? null : marker.event.id);
                  // A letter or call opens in the Communications section, with all of its text.
                  if (marker.event.communication) openCommunication(marker.event.communication.id);
                }}
              />
            ))}
          </svg>
        </div>
      </div>
      <p id={summaryId} className="visually-hidden">
        {timelineSummary(layout, events.length)}
      </p>
      <div className="timeline__selected" aria-live="polite">
        {selected ? (
          <p>
            <strong>{formatCalendarDate(selected.occurredOn)}</strong> · {laneName(selected, matters)}:{' '}
            {eventDescription(selected)} <SensitiveBadge event={selected} />
            {eventNote(selected) ? <span className="pre-line"> — {eventNote(selected)}</span> : null}{' '}
            <CommunicationLink event={selected} />
            <AppointmentLink event={selected} />
            <span className="muted">(recorded by {selected.recordedBy.displayName})</span>
          </p>
        ) : (
          <p className="muted timeline__hint">Point at or tap a marker to see what happened.</p>
        )}
      </div>
      <Button
        variant="link"
        className="timeline__toggle"
        aria-controls={listId}
        onClick={() => setShowList((v) => !v)}
      >
        {showList ? 'Hide the list of events' : 'Show the events as a list'}
      </Button>
      <div id={listId} className={showList ? 'timeline-list' : 'visually-hidden'}>
        <h3 className={showList ? 'timeline-list__title' : undefined}>Events, newest first</h3>
        {newestFirst.length === 0 ? (
          <p>Nothing has been recorded yet.</p>
        ) : (
          <ol className="timeline-list__items">
            {newestFirst.map((event) => (
              <li key={event.id} className="timeline-list__item">
                <time dateTime={event.occurredOn} className="timeline-list__date">
                  {formatCalendarDate(event.occurredOn)}
                </time>{' '}
                <span className="timeline-list__lane">{laneName(event, matters)}:</span>{' '}
                <span className="timeline-list__what">{eventDescription(event)}</span>{' '}
                <SensitiveBadge event={event} />
                {/* Only when the list is in sight: a link hidden from sight must not take the focus. */}
                {showList ? (
                  <>
                    {' '}
                    <CommunicationLink event={event} />
                    <AppointmentLink event={event} />
                  </>
                ) : null}
                {eventNote(event) ? <p className="timeline-list__note pre-line">{eventNote(event)}</p> : null}
                <span className="timeline-list__by muted"> Recorded by {event.recordedBy.displayName}.</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** A note marked sensitive (stored encrypted): said in words, not by colour alone. */
function SensitiveBadge({ event }: { event: TimelineEvent }) {
  return event.sensitive ? <Badge tone="warning">Sensitive</Badge> : null;
}

/** For a letter, e-mail or call: a link that opens it in the Communications section. */
function CommunicationLink({ event }: { event: TimelineEvent }) {
  if (!event.communication) return null;
  return (
    <span className="timeline__open">
      <OpenCommunicationLink id={event.communication.id}>
        Open<span className="visually-hidden"> “{event.communication.subject}”</span>
      </OpenCommunicationLink>
    </span>
  );
}

/** For an accompaniment report: a link to the appointment, whose page shows the report in full. */
function AppointmentLink({ event }: { event: TimelineEvent }) {
  if (event.kind !== 'accompaniment_report' || !event.appointmentId) return null;
  return (
    <span className="timeline__open">
      <Link to="/appointments/$appointmentId" params={{ appointmentId: event.appointmentId }}>
        Open the report<span className="visually-hidden"> of {formatCalendarDate(event.occurredOn)}</span>
      </Link>
    </span>
  );
}

function Axis({ layout }: { layout: TimelineLayout }) {
  return (
    <g className="axis">
      {layout.ticks.map((tick) => (
        <g key={tick.x}>
          <line
            className={tick.year ? 'axis__tick axis__tick--year' : 'axis__tick'}
            x1={tick.x}
            x2={tick.x}
            y1={tick.year ? 4 : AXIS_HEIGHT - 12}
            y2={layout.height}
          />
          {tick.year ? (
            <text className="axis__year" x={tick.x + 4} y={14}>
              {tick.year}
            </text>
          ) : null}
          {tick.label ? (
            <text className="axis__month" x={tick.x + 4} y={AXIS_HEIGHT - 4}>
              {tick.label}
            </text>
          ) : null}
        </g>
      ))}
      <text className="today__label" x={layout.todayX} y={14} textAnchor="middle">
        Today
      </text>
    </g>
  );
}

function MarkerShape({
  marker,
  top,
  selected,
  title,
  onSelect,
}: {
  marker: Marker;
  top: number;
  selected: boolean;
  title: string;
  onSelect: () => void;
}) {
  const { x } = marker;
  const y = top + MARKER_Y;
  const className = `marker marker--${marker.tone} marker--${marker.shape}${selected ? ' marker--selected' : ''}`;
  return (
    <g className={className} onClick={onSelect} data-event-kind={marker.event.kind}>
      <title>{title}</title>
      {/* A larger, invisible target, so a finger can hit it. */}
      <circle className="marker__hit" cx={x} cy={y} r={12} />
      {selected ? <circle className="marker__halo" cx={x} cy={y} r={10} /> : null}
      {marker.shape === 'square' ? (
        <rect className="marker__shape" x={x - 4.5} y={y - 4.5} width={9} height={9} />
      ) : marker.shape === 'diamond' ? (
        <path
          className="marker__shape"
          d={`M ${x} ${y - 6.5} L ${x + 6.5} ${y} L ${x} ${y + 6.5} L ${x - 6.5} ${y} Z`}
        />
      ) : marker.shape === 'triangle' ? (
        <path
          className="marker__shape"
          d={`M ${x} ${y - 6.5} L ${x + 6.5} ${y + 5} L ${x - 6.5} ${y + 5} Z`}
        />
      ) : (
        <circle className="marker__shape" cx={x} cy={y} r={marker.shape === 'ring' ? 5.5 : 6.5} />
      )}
      {marker.label ? (
        <text
          className="marker__label"
          x={marker.labelAnchor === 'start' ? x - 3 : x + 3}
          y={top + LABEL_ROWS[marker.labelRow]}
          textAnchor={marker.labelAnchor}
        >
          {marker.label}
        </text>
      ) : null}
    </g>
  );
}

const LEGEND: { tone: Tone; shape: Marker['shape']; label: string }[] = [
  { tone: 'neutral', shape: 'ring', label: 'Matter opened' },
  { tone: 'neutral', shape: 'circle', label: TONE_LABELS.neutral },
  { tone: 'positive', shape: 'circle', label: TONE_LABELS.positive },
  { tone: 'negative', shape: 'circle', label: TONE_LABELS.negative },
  { tone: 'closed', shape: 'circle', label: TONE_LABELS.closed },
  { tone: 'neutral', shape: 'square', label: 'Note' },
  { tone: 'neutral', shape: 'triangle', label: 'Accompaniment report' },
  { tone: 'neutral', shape: 'diamond', label: 'Case file event' },
];

function Legend() {
  return (
    <ul className="timeline__legend" aria-hidden="true">
      {LEGEND.map((item) => (
        <li key={item.label}>
          <svg
            width="16"
            height="16"
            viewBox="0 0 16 16"
            className={`marker marker--${item.tone} marker--${item.shape}`}
          >
            {item.shape === 'square' ? (
              <rect className="marker__shape" x={3.5} y={3.5} width={9} height={9} />
            ) : item.shape === 'triangle' ? (
              <path className="marker__shape" d="M 8 2 L 14 13 L 2 13 Z" />
            ) : item.shape === 'diamond' ? (
              <path className="marker__shape" d="M 8 1.5 L 14.5 8 L 8 14.5 L 1.5 8 Z" />
            ) : (
              <circle className="marker__shape" cx={8} cy={8} r={item.shape === 'ring' ? 5 : 6} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
