import { appointmentFollowUps, type DbOrTx } from '@umbrella/db';
import { and, eq, sql } from 'drizzle-orm';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  openClientRecord,
  type PersonRow,
  type StaffContext,
} from '../access/client-record.ts';
import { loadFollowUpViews } from '../accompaniments/follow-up-view.ts';
import { staleOrMissing } from '../access/versioned.ts';
import type { FollowUpView } from './views.ts';

export type FollowUpRow = typeof appointmentFollowUps.$inferSelect;

export const ALREADY_DEALT_WITH = 'This follow-up has already been dealt with';

/**
 * Opens a follow-up to decide on it: finds its client and checks the caller may change that record (a refusal
 * is audited by `inClientTransaction`), then locks it and checks the version the caller read and that it is
 * still waiting for a decision.
 */
export async function openFollowUpToDecide(
  tx: DbOrTx,
  ctx: StaffContext,
  input: { id: string; version: number },
  action: string,
): Promise<{ person: PersonRow; followUp: FollowUpRow }> {
  const [found] = await tx
    .select({ personId: appointmentFollowUps.personId })
    .from(appointmentFollowUps)
    .where(eq(appointmentFollowUps.id, input.id))
    .limit(1);
  if (!found) throw notFound('follow-up');
  const person = await openClientRecord(tx, ctx, found.personId, action, { write: true });
  const [followUp] = await tx
    .select()
    .from(appointmentFollowUps)
    .where(eq(appointmentFollowUps.id, input.id))
    .limit(1)
    .for('update');
  if (!followUp) throw notFound('follow-up');
  if (followUp.version !== input.version) {
    throw await staleOrMissing(tx, appointmentFollowUps, input.id, 'follow-up');
  }
  if (followUp.state !== 'proposed') throw badRequest('id', ALREADY_DEALT_WITH);
  return { person, followUp };
}

/** What deciding on a follow-up sets: confirmed with its new deadline, or dismissed with the reason. */
export type FollowUpDecision =
  { state: 'confirmed'; deadlineId: string } | { state: 'dismissed'; dismissReason: string };

/**
 * Decides on a follow-up: opens it (`openFollowUpToDecide`), lets `decide` do what the decision needs (e.g.
 * create the deadline) and name it, then records it with the version the caller read and audits it (ids only).
 * Run it inside `inClientTransaction`.
 */
export async function decideFollowUp(
  tx: DbOrTx,
  ctx: StaffContext,
  input: { id: string; version: number },
  action: string,
  now: Date,
  decide: (opened: {
    person: PersonRow;
    followUp: FollowUpRow;
  }) => FollowUpDecision | Promise<FollowUpDecision>,
): Promise<FollowUpView> {
  const opened = await openFollowUpToDecide(tx, ctx, input, action);
  const { person, followUp } = opened;
  const decision = await decide(opened);
  const [row] = await tx
    .update(appointmentFollowUps)
    .set({
      ...decision,
      decidedById: ctx.session.user.id,
      decidedAt: now,
      version: sql`${appointmentFollowUps.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(appointmentFollowUps.id, followUp.id), eq(appointmentFollowUps.version, input.version)))
    .returning({ id: appointmentFollowUps.id });
  if (!row) throw await staleOrMissing(tx, appointmentFollowUps, input.id, 'follow-up');
  await auditClientChange(tx, ctx, action, person.id, {
    followUpId: followUp.id,
    appointmentId: followUp.appointmentId,
    ...(decision.state === 'confirmed' ? { deadlineId: decision.deadlineId } : {}),
  });
  return loadFollowUpView(tx, followUp.id);
}

export async function loadFollowUpView(tx: DbOrTx, id: string): Promise<FollowUpView> {
  const [view] = await loadFollowUpViews(tx, eq(appointmentFollowUps.id, id), { limit: 1 });
  if (!view) throw new Error(`follow-up ${id} vanished`);
  return view;
}
