import { matters, storedNote, timelineEvents } from '@umbrella/db';
import type { addNoteInput, MatterKind } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { loadCaseFile } from './profile.ts';
import { toTimelineEventView, type TimelineEventView } from './timeline-view.ts';

/** A note on a client's timeline, on the case as a whole or on one matter. */
export async function addNote(
  ctx: StaffContext,
  input: z.infer<typeof addNoteInput>,
): Promise<TimelineEventView> {
  const now = ctx.now();
  assertNotInFuture('occurredOn', input.occurredOn, now);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.add_note', { write: true });
    let matterKind: MatterKind | null = null;
    if (input.matterId) {
      const [matter] = await tx
        .select({ kind: matters.kind })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
      matterKind = matter.kind;
    }
    const file = await loadCaseFile(tx, person.id);
    const [event] = await tx
      .insert(timelineEvents)
      .values({
        personId: person.id,
        caseId: file.id,
        matterId: input.matterId,
        kind: 'note',
        occurredOn: input.occurredOn,
        recordedById: ctx.session.user.id,
        // A note marked sensitive is stored encrypted.
        note: storedNote(ctx.cipher, input.note, input.sensitive),
        sensitive: input.sensitive,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!event) throw new Error('timeline insert returned nothing');
    await auditClientChange(tx, ctx, 'clients.add_note', person.id, {
      timelineEventId: event.id,
      matterId: input.matterId,
      sensitive: input.sensitive,
    });
    const user = ctx.session.user;
    return toTimelineEventView(ctx.cipher, event, { id: user.id, displayName: user.displayName }, matterKind);
  });
}
