import { deadlines, matters } from '@umbrella/db';
import { findRule, londonToday, type createDeadlineInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { computeOrRefuse } from './compute.ts';
import { loadDeadlineView, type DeadlineView } from './deadline-view.ts';

export type DeadlineInsert = typeof deadlines.$inferInsert;

/**
 * The row of a free date entered by hand (not computed from a rule): its due day, what is to be done and why.
 * Shared by the verbs that add such a date (by hand here; agreed at a supervision review).
 */
export function freeDateDeadline(fields: {
  personId: string;
  caseId: string;
  matterId: string | null;
  due: string;
  title: string;
  explanation: string;
  createdById: string;
  now: Date;
  supervisionReviewId?: string | null;
}): DeadlineInsert {
  const { now, ...rest } = fields;
  return { ...rest, source: 'manual', certainty: 'practice', createdAt: now, updatedAt: now };
}

/** A deadline added by hand: a catalogue rule from a trigger date, or a free date with its reason. */
export async function createDeadline(
  ctx: StaffContext,
  input: z.infer<typeof createDeadlineInput>,
): Promise<DeadlineView> {
  const now = ctx.now();
  const today = londonToday(now);
  // Computed before anything is written: a refused input writes nothing.
  const computed =
    input.kind === 'rule'
      ? computeOrRefuse({
          rule: input.ruleId,
          trigger: input.triggerDate,
          jurisdiction: input.jurisdiction,
          today,
        })
      : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'deadlines.create', { write: true });
    if (input.matterId) {
      const [matter] = await tx
        .select({ id: matters.id })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
    }
    const file = await loadCaseFile(tx, person.id);
    const common = {
      personId: person.id,
      caseId: file.id,
      matterId: input.matterId,
      source: 'manual' as const,
      createdById: ctx.session.user.id,
      createdAt: now,
      updatedAt: now,
    };
    const values = computed
      ? {
          ...common,
          ruleId: computed.rule,
          triggerDate: computed.trigger,
          jurisdiction: computed.jurisdiction,
          due: computed.due,
          title: findRule(computed.rule)?.title ?? computed.rule,
          explanation: computed.explanation,
          certainty: computed.certainty,
        }
      : input.kind === 'date'
        ? freeDateDeadline({
            personId: person.id,
            caseId: file.id,
            matterId: input.matterId,
            due: input.due,
            title: input.title,
            explanation: 'A date entered by hand, not computed from a rule.',
            createdById: ctx.session.user.id,
            now,
          })
        : null;
    if (!values) throw new Error('unreachable: a rule deadline without its computation');
    const [row] = await tx.insert(deadlines).values(values).returning({ id: deadlines.id });
    if (!row) throw new Error('deadline insert returned nothing');
    await auditClientChange(tx, ctx, 'deadlines.create', person.id, {
      deadlineId: row.id,
      matterId: input.matterId,
      kind: input.kind,
    });
    return loadDeadlineView(tx, row.id, today);
  });
}
