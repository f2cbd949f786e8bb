import {
  communications,
  matters,
  noteText,
  timelineEvents,
  users,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import {
  stageLabel,
  type Channel,
  type Direction,
  type MatterKind,
  type TimelineOrder,
} from '@umbrella/domain';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { PersonRef } from './views.ts';

export type TimelineEventKind = (typeof timelineEvents.$inferSelect)['kind'];

export interface TimelineEventView {
  id: string;
  matterId: string | null;
  matterKind: MatterKind | null;
  kind: TimelineEventKind;
  /** The date it happened (may be earlier than the day it was recorded). */
  occurredOn: string;
  recordedAt: string;
  recordedBy: PersonRef;
  fromStage: string | null;
  toStage: string | null;
  fromStageLabel: string | null;
  toStageLabel: string | null;
  /** The note in clear (a sensitive note is stored encrypted, and opened for those who may open the record). */
  note: string | null;
  /** A note the caseworker marked sensitive: shown with a "Sensitive" badge. */
  sensitive: boolean;
  /** For a logged communication: what it was, with whom (its text is fetched on demand). */
  communication: CommunicationSummary | null;
  /** For an accompaniment report: the appointment reported on (its page shows the report). */
  appointmentId: string | null;
}

export interface CommunicationSummary {
  id: string;
  direction: Direction;
  channel: Channel;
  subject: string;
  counterpartLabel: string;
}

/** Oldest first: by the date it happened, then the moment it was recorded. */
export const TIMELINE_ORDER = [
  asc(timelineEvents.occurredOn),
  asc(timelineEvents.createdAt),
  asc(timelineEvents.id),
] as const;

/** Newest first: the same keyset read backwards (one index serves both). */
export const TIMELINE_NEWEST_FIRST = [
  desc(timelineEvents.occurredOn),
  desc(timelineEvents.createdAt),
  desc(timelineEvents.id),
] as const;

/**
 * The events after the one named `anchorId` in the order asked for (oldest first: later; newest first:
 * earlier), by the whole keyset (occurred_on, created_at, id). The anchor's values are read in SQL, so the
 * microseconds of `created_at` are never rounded through a JavaScript date.
 */
export function timelineAfter(anchorId: string, order: TimelineOrder): SQL {
  const anchor = sql`(select t.occurred_on, t.created_at, t.id from ${timelineEvents} t where t.id = ${anchorId})`;
  const key = sql`(${timelineEvents.occurredOn}, ${timelineEvents.createdAt}, ${timelineEvents.id})`;
  return order === 'newest' ? sql`${key} < ${anchor}` : sql`${key} > ${anchor}`;
}

export async function loadTimelineEvents(
  tx: DbOrTx,
  cipher: FieldCipher,
  where: SQL | undefined,
  limit: number,
  order: TimelineOrder = 'oldest',
): Promise<TimelineEventView[]> {
  const rows = await tx
    .select({
      event: timelineEvents,
      recordedBy: { id: users.id, displayName: users.displayName },
      matterKind: matters.kind,
      communication: {
        id: communications.id,
        direction: communications.direction,
        channel: communications.channel,
        subject: communications.subject,
        counterpartLabel: communications.counterpartLabel,
      },
    })
    .from(timelineEvents)
    .innerJoin(users, eq(users.id, timelineEvents.recordedById))
    .leftJoin(matters, eq(matters.id, timelineEvents.matterId))
    .leftJoin(communications, eq(communications.id, timelineEvents.communicationId))
    .where(where)
    .orderBy(...(order === 'newest' ? TIMELINE_NEWEST_FIRST : TIMELINE_ORDER))
    .limit(limit);
  return rows.map(({ event, recordedBy, matterKind, communication }) =>
    toTimelineEventView(
      cipher,
      event,
      recordedBy,
      matterKind,
      communication && {
        ...communication,
        subject: cipher.open('communications.subject', communication.subject),
      },
    ),
  );
}

export function toTimelineEventView(
  cipher: FieldCipher,
  event: typeof timelineEvents.$inferSelect,
  recordedBy: PersonRef,
  matterKind: MatterKind | null,
  communication: CommunicationSummary | null = null,
): TimelineEventView {
  const label = (stage: string | null) => (stage && matterKind ? stageLabel(matterKind, stage) : null);
  return {
    id: event.id,
    matterId: event.matterId,
    matterKind,
    kind: event.kind,
    occurredOn: event.occurredOn,
    recordedAt: event.createdAt.toISOString(),
    recordedBy,
    fromStage: event.fromStage,
    toStage: event.toStage,
    fromStageLabel: label(event.fromStage),
    toStageLabel: label(event.toStage),
    note: noteText(cipher, event),
    sensitive: event.sensitive,
    communication,
    appointmentId: event.appointmentId,
  };
}
