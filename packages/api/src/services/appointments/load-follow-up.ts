import { appointmentFollowUps, type DbOrTx } from '@umbrella/db';
import { eq } from 'drizzle-orm';
import { badRequest, notFound } from '../../errors.ts';
import { openClientRecord, type PersonRow, type StaffContext } from '../access/client-record.ts';
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

export async function loadFollowUpView(tx: DbOrTx, id: string): Promise<FollowUpView> {
  const [view] = await loadFollowUpViews(tx, eq(appointmentFollowUps.id, id), { limit: 1 });
  if (!view) throw new Error(`follow-up ${id} vanished`);
  return view;
}
