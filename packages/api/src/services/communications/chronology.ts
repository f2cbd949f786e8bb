import { communications, matters, timelineEvents } from '@umbrella/db';
import {
  communicationHeading,
  londonToday,
  MATTER_KIND_LABELS,
  type chronologyInput,
  type MatterKind,
} from '@umbrella/domain';
import { and, count, eq, inArray, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { loadTimelineEvents, timelineAfter, type TimelineEventView } from '../clients/timeline-view.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';
import { loadCommunicationViews, OLDEST_FIRST, type CommunicationView } from './communication-view.ts';

export interface ChronologyEntry {
  id: string;
  date: string;
  /** What kind of entry, in words: "Letter sent", "Stage change", "Note". */
  heading: string;
  matterKind: MatterKind | null;
  /** The subject of a communication, or the stage change, or null. */
  title: string | null;
  /** The counterpart of a communication. */
  counterpart: string | null;
  text: string | null;
  attachments: string[];
  recordedBy: string;
}

export interface Chronology {
  clientDisplayName: string;
  caseOpenedOn: string;
  matter: { id: string; kind: MatterKind; label: string; reference: string | null } | null;
  generatedOn: string;
  /** How many entries the whole chronology holds (every page), so a screen can say how much is to come. */
  total: number;
  /** This page's entries, oldest first. */
  entries: ChronologyEntry[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** Events kept out of a chronology: they are internal to the organisation. */
const INTERNAL_KINDS: TimelineEventView['kind'][] = ['supervision_review', 'key_worker_changed'];

const EVENT_HEADINGS: Record<TimelineEventView['kind'], string> = {
  case_opened: 'Case opened',
  case_closed: 'Case closed',
  matter_opened: 'Matter opened',
  stage_change: 'Stage change',
  matter_reopened: 'Matter reopened',
  note: 'Note',
  communication: 'Communication',
  accompaniment_report: 'Accompaniment report',
  supervision_review: 'Supervision review',
  key_worker_changed: 'Key worker changed',
};

function toEntry(event: TimelineEventView, communication: CommunicationView | undefined): ChronologyEntry {
  const base = {
    id: event.id,
    date: event.occurredOn,
    matterKind: event.matterKind,
    recordedBy: event.recordedBy.displayName,
    attachments: [] as string[],
  };
  if (communication) {
    return {
      ...base,
      heading: communicationHeading(communication.channel, communication.direction),
      title: communication.subject,
      counterpart: communication.counterpartLabel,
      text: communication.body,
      attachments: communication.attachments.map((a) => a.filename),
    };
  }
  const stage =
    event.kind === 'stage_change' || event.kind === 'matter_opened' || event.kind === 'matter_reopened'
      ? [event.fromStageLabel, event.toStageLabel].filter(Boolean).join(' → ') || null
      : null;
  return { ...base, heading: EVENT_HEADINGS[event.kind], title: stage, counterpart: null, text: event.note };
}

/**
 * A case's written record, oldest first, a page at a time: every communication with its full text and
 * attachments' names, and every event (stage changes, notes), for one matter or the whole case. For printing
 * and handing to a solicitor, an MP or a complaints body (the page reads every page before it prints); each
 * page read is audited.
 */
export async function chronology(
  ctx: StaffContext,
  input: z.infer<typeof chronologyInput>,
): Promise<Chronology> {
  const today = londonToday(ctx.now());
  const anchorId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'communications.read');
    let matter: Chronology['matter'] = null;
    if (input.matterId) {
      const [row] = await tx
        .select({ id: matters.id, kind: matters.kind, reference: matters.reference })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!row) throw badRequest('matterId', 'That matter is not on this client’s case file.');
      matter = {
        ...row,
        reference: ctx.cipher.openOrNull('matters.reference', row.reference),
        label: MATTER_KIND_LABELS[row.kind],
      };
    }
    await auditClientRead(tx, ctx, person.id, 'chronology');
    const inChronology = and(
      eq(timelineEvents.personId, person.id),
      input.matterId ? eq(timelineEvents.matterId, input.matterId) : undefined,
      // Supervision and who holds the case are internal (a change's reason may say why): the chronology is
      // handed to people outside the organisation.
      notInArray(timelineEvents.kind, INTERNAL_KINDS),
    );
    if (anchorId) {
      // Only an entry of this chronology: any other would hint at where a record outside it falls.
      const [anchor] = await tx
        .select({ id: timelineEvents.id })
        .from(timelineEvents)
        .where(and(eq(timelineEvents.id, anchorId), inChronology));
      if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
    }
    const file = await loadCaseFile(tx, person.id);
    const [counted] = await tx.select({ total: count() }).from(timelineEvents).where(inChronology);
    const events = await loadTimelineEvents(
      tx,
      ctx.cipher,
      and(inChronology, anchorId ? timelineAfter(anchorId, 'oldest') : undefined),
      input.limit + 1,
      'oldest',
    );
    const shown = events.slice(0, input.limit);
    const communicationIds = shown.flatMap((e) => (e.communication ? [e.communication.id] : []));
    const full = communicationIds.length
      ? await loadCommunicationViews(tx, ctx.cipher, inArray(communications.id, communicationIds), {
          today,
          order: OLDEST_FIRST,
        })
      : [];
    const byId = new Map(full.map((c) => [c.id, c]));
    const last = shown.at(-1);
    return {
      clientDisplayName: person.displayName,
      caseOpenedOn: file.openedOn,
      matter,
      generatedOn: today,
      total: Number(counted?.total ?? 0),
      entries: shown.map((e) => toEntry(e, e.communication ? byId.get(e.communication.id) : undefined)),
      nextCursor: events.length > input.limit && last ? encodeIdCursor(last.id) : null,
    };
  });
}
