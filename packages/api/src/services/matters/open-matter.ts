import { cases, matters, timelineEvents } from '@umbrella/db';
import {
  londonToday,
  MATTER_KIND_LABELS,
  STAGE_MACHINES,
  stageLabel,
  type openMatterInput,
} from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { inClientTransaction, openClientRecord, type StaffContext } from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { createStageDeadlines } from '../deadlines/stage-deadlines.ts';
import { insertDetails, sealedMainReference } from './details.ts';
import { auditMatterChange, checkCounterparts } from './load-matter.ts';
import { loadMatterView, type MatterView } from './matter-view.ts';

/** Opens a new track on a client's case file, at one of its kind's starting stages. */
export async function openMatter(
  ctx: StaffContext,
  input: z.infer<typeof openMatterInput>,
): Promise<MatterView> {
  const now = ctx.now();
  const machine = STAGE_MACHINES[input.kind];
  if (!machine.initial.includes(input.stage)) {
    const allowed = machine.initial.map((s) => stageLabel(input.kind, s)).join(', ');
    throw badRequest(
      'stage',
      `A new ${MATTER_KIND_LABELS[input.kind].toLowerCase()} cannot start at "${stageLabel(input.kind, input.stage)}". It can start at: ${allowed}.`,
    );
  }
  assertNotInFuture('openedOn', input.openedOn, now, 'The date it was opened cannot be in the future.');
  return inClientTransaction(ctx, async (tx) => {
    const [file] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).limit(1);
    if (!file) throw notFound('case file');
    await openClientRecord(tx, ctx, file.personId, 'matters.open', { write: true });
    if (file.status === 'closed') {
      throw new AppError('BAD_REQUEST', 'This case file is closed. Reopen it before opening a matter on it.');
    }
    await checkCounterparts(tx, {
      agencyId: input.agencyId,
      contactId: input.contactId,
      forceAgencyId: input.kind === 'police_report' ? input.details.forceAgencyId : null,
    });
    const [matter] = await tx
      .insert(matters)
      .values({
        caseId: file.id,
        personId: file.personId,
        kind: input.kind,
        stage: input.stage,
        stageChangedOn: input.openedOn,
        ...sealedMainReference(ctx.cipher, input),
        agencyId: input.agencyId,
        contactId: input.contactId,
        openedOn: input.openedOn,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!matter) throw new Error('matter insert returned nothing');
    await insertDetails(tx, ctx.cipher, matter.id, input);
    const [event] = await tx
      .insert(timelineEvents)
      .values({
        personId: file.personId,
        caseId: file.id,
        matterId: matter.id,
        kind: 'matter_opened',
        occurredOn: input.openedOn,
        recordedById: ctx.session.user.id,
        toStage: input.stage,
        note: input.note,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: timelineEvents.id });
    if (!event) throw new Error('timeline insert returned nothing');
    const view = await loadMatterView(tx, ctx.cipher, matter.id);
    await createStageDeadlines(
      tx,
      ctx,
      {
        personId: file.personId,
        caseId: file.id,
        matterId: matter.id,
        kind: matter.kind,
        eventId: event.id,
        toStage: input.stage,
        occurredOn: input.openedOn,
        details: view.details,
      },
      londonToday(now),
    );
    await auditMatterChange(tx, ctx, 'matters.open', matter);
    return view;
  });
}
