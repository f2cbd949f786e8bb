import { deadlines, subjectAccessRequests } from '@umbrella/db';
import { findRule, londonToday, type recordSarInput } from '@umbrella/domain';
import type { z } from 'zod';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { computeOrRefuse } from '../deadlines/compute.ts';
import { loadSarViews } from './sar-view.ts';
import type { SarView } from './views.ts';

const RULE = 'sar.response';

/**
 * Records a client's request for their data and puts its deadline (one calendar month, DOMAIN.md §3
 * `sar.response`) on the case, where My work, the digest and the stall rules see it.
 */
export async function recordSar(ctx: StaffContext, input: z.infer<typeof recordSarInput>): Promise<SarView> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture('receivedOn', input.receivedOn, now, 'The request cannot have reached us in the future.');
  const computed = computeOrRefuse(
    { rule: RULE, trigger: input.receivedOn, today },
    { trigger: 'receivedOn', today: 'receivedOn' },
  );
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'sar.record', { write: true });
    const file = await loadCaseFile(tx, person.id);
    const [deadline] = await tx
      .insert(deadlines)
      .values({
        personId: person.id,
        caseId: file.id,
        matterId: null,
        source: 'manual',
        ruleId: computed.rule,
        triggerDate: computed.trigger,
        jurisdiction: computed.jurisdiction,
        due: computed.due,
        title: findRule(computed.rule)?.title ?? computed.rule,
        explanation: computed.explanation,
        certainty: computed.certainty,
        createdById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: deadlines.id });
    if (!deadline) throw new Error('deadline insert returned nothing');
    const [row] = await tx
      .insert(subjectAccessRequests)
      .values({
        personId: person.id,
        caseId: file.id,
        receivedOn: input.receivedOn,
        receivedVia: input.receivedVia,
        identityChecked: input.identityChecked,
        note: input.note,
        deadlineId: deadline.id,
        recordedById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: subjectAccessRequests.id });
    if (!row) throw new Error('subject access request insert returned nothing');
    await auditClientChange(tx, ctx, 'sar.record', person.id, { requestId: row.id, deadlineId: deadline.id });
    const [view] = await loadSarViews(tx, { id: row.id });
    if (!view) throw new Error('subject access request vanished');
    return view;
  });
}
