import { deadlines, subjectAccessRequests } from '@umbrella/db';
import type { completeSarInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { loadSarViews } from './sar-view.ts';
import type { SarView } from './views.ts';

/**
 * The client has their bundle: the request is answered and its deadline met (on the day it was given). Only a
 * request whose bundle has been exported at least once can have been answered.
 */
export async function completeSar(
  ctx: StaffContext,
  input: z.infer<typeof completeSarInput>,
): Promise<SarView> {
  const now = ctx.now();
  assertNotInFuture(
    'completedOn',
    input.completedOn,
    now,
    'The answer cannot have been given in the future.',
  );
  return inClientTransaction(ctx, async (tx) => {
    const [request] = await tx
      .select()
      .from(subjectAccessRequests)
      .where(eq(subjectAccessRequests.id, input.id))
      .limit(1);
    if (!request) throw notFound('request');
    const person = await openClientRecord(tx, ctx, request.personId, 'sar.complete', { write: true });
    if (request.status !== 'open') throw badRequest('id', 'This request has already been answered.');
    if (!request.lastExportedAt) {
      throw badRequest(
        'lastExportedAt',
        'The bundle has not been exported for this request yet: a supervisor downloads it before the request is marked as answered.',
      );
    }
    if (input.completedOn < request.receivedOn) {
      throw badRequest('completedOn', 'The answer cannot have been given before the request reached us.');
    }
    const [updated] = await tx
      .update(subjectAccessRequests)
      .set({
        status: 'completed',
        completedOn: input.completedOn,
        completionNote: input.note,
        version: sql`${subjectAccessRequests.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(subjectAccessRequests.id, input.id), eq(subjectAccessRequests.version, input.version)))
      .returning({ id: subjectAccessRequests.id });
    if (!updated) throw await staleOrMissing(tx, subjectAccessRequests, input.id, 'request');
    await tx
      .update(deadlines)
      .set({
        status: 'met',
        statusReason: 'The client was given everything we hold about them.',
        statusChangedAt: now,
        statusChangedById: ctx.session.user.id,
        version: sql`${deadlines.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(deadlines.id, request.deadlineId), eq(deadlines.status, 'open')));
    await auditClientChange(tx, ctx, 'sar.complete', person.id, {
      requestId: request.id,
      deadlineId: request.deadlineId,
    });
    const [view] = await loadSarViews(tx, { id: request.id });
    if (!view) throw new Error('subject access request vanished');
    return view;
  });
}
