import { appendAudit, people, teamMembers, type DbOrTx } from '@umbrella/db';
import { canOpenClient, type ClientViewer } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { AccessDenial, inGuardedTransaction } from './denial.ts';

export type StaffContext = Context & { session: CurrentSession };
export type PersonRow = typeof people.$inferSelect;

export const RESTRICTED_MESSAGE = "This client's record is restricted to their team.";
export const ARCHIVED_MESSAGE = 'This client is archived: their record can be read but no longer changed.';

/** The caller as the access rule sees them: their role and the teams they are on. */
export async function loadViewer(tx: DbOrTx, ctx: StaffContext): Promise<ClientViewer> {
  const rows = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, ctx.session.user.id));
  return { role: ctx.session.user.role, teamIds: rows.map((r) => r.teamId) };
}

/**
 * Loads a client and checks that the caller may open the record (ARCHITECTURE.md §5). Call it first, inside
 * the verb's transaction run by `inClientTransaction`, which records a refusal.
 */
export async function openClientRecord(
  tx: DbOrTx,
  ctx: StaffContext,
  personId: string,
  action: string,
  options: { forUpdate?: boolean; write?: boolean } = {},
): Promise<PersonRow> {
  const query = tx.select().from(people).where(eq(people.id, personId)).limit(1);
  // A write holds the person row (shared) so a concurrent change of team or restriction cannot slip between
  // the check and the write.
  const [person] = options.forUpdate
    ? await query.for('update')
    : options.write
      ? await query.for('share')
      : await query;
  if (!person) throw notFound('client');
  if (!canOpenClient(await loadViewer(tx, ctx), person)) {
    throw new AccessDenial(
      { action, entityType: 'person', entityId: person.id, details: { reason: 'restricted_outside_team' } },
      RESTRICTED_MESSAGE,
    );
  }
  // Edits of the person row itself (forUpdate) check their version first, then this, themselves.
  if (options.write && person.archivedAt) throw new AppError('BAD_REQUEST', ARCHIVED_MESSAGE);
  return person;
}

/**
 * Runs a verb on a client record in one transaction. When the record check refuses, the transaction is
 * rolled back (nothing written), the refusal is committed to the audit log on its own, and FORBIDDEN is thrown.
 */
export const inClientTransaction = inGuardedTransaction;

/** Every read of a client record is itself recorded: who, which record, when. Ids only. */
export async function auditClientRead(
  tx: DbOrTx,
  ctx: StaffContext,
  personId: string,
  view:
    | 'profile'
    | 'timeline'
    | 'deadlines'
    | 'communications'
    | 'communication'
    | 'chronology'
    | 'appointment'
    | 'appointments'
    | 'agenda'
    | 'supervision'
    | 'consents'
    | 'disclosures',
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action: 'clients.read',
    outcome: 'success',
    entityType: 'person',
    entityId: personId,
    requestId: ctx.meta.requestId,
    details: { view },
  });
}

/** A change to a client record, in the verb's transaction. Field names and ids only, never values. */
export async function auditClientChange(
  tx: DbOrTx,
  ctx: StaffContext,
  action: string,
  personId: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action,
    outcome: 'success',
    entityType: 'person',
    entityId: personId,
    requestId: ctx.meta.requestId,
    details,
  });
}
