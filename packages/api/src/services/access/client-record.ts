import { appendAudit, people, teamMembers, type DbOrTx } from '@umbrella/db';
import { canOpenClient, RESTRICTED_RECORD_MESSAGE, type ClientViewer } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import {
  breakGlassDetails,
  noteBreakGlassUse,
  runningBreakGlass,
  runningBreakGlassPersonIds,
} from './break-glass-access.ts';
import { AccessDenial, inGuardedTransaction } from './denial.ts';

export type StaffContext = Context & { session: CurrentSession };
export type PersonRow = typeof people.$inferSelect;

/** The web app offers break-glass on exactly this refusal (domain `RESTRICTED_RECORD_MESSAGE`). */
export const RESTRICTED_MESSAGE = RESTRICTED_RECORD_MESSAGE;
export const ARCHIVED_MESSAGE = 'This client is archived: their record can be read but no longer changed.';

/**
 * The caller as the access rule sees them: their role and the teams they are on. With `withBreakGlass`, also
 * the clients a caseworker holds a running break-glass grant on, for the places where such a client should
 * count as one they may open: the client list and search (to find the record again), and saving the record.
 * Views across many clients (My work, the agenda, communication search, the digest, calendar feeds) leave
 * them out: a grant is for one record, not for its data to turn up among everything else.
 */
export async function loadViewer(
  tx: DbOrTx,
  ctx: StaffContext,
  options: { withBreakGlass?: boolean } = {},
): Promise<ClientViewer> {
  const rows = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, ctx.session.user.id));
  const viewer: ClientViewer = { role: ctx.session.user.role, teamIds: rows.map((r) => r.teamId) };
  if (!options.withBreakGlass || viewer.role !== 'caseworker') return viewer;
  return {
    ...viewer,
    breakGlassPersonIds: await runningBreakGlassPersonIds(tx, ctx.session.user.id, ctx.now()),
  };
}

/**
 * Loads a client and checks that the caller may open the record (ARCHITECTURE.md §5). Call it first, inside
 * the verb's transaction run by `inClientTransaction`, which records a refusal. A caseworker's running
 * break-glass grant on a restricted client outside their teams opens it, for reads and writes alike; the
 * audit rows written through `auditClientRead` / `auditClientChange` in the same transaction then carry the
 * grant's id (`details.breakGlassId`). Once the grant has ended the record is refused again.
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
  const viewer = await loadViewer(tx, ctx);
  if (!canOpenClient(viewer, person)) {
    const grant =
      viewer.role === 'caseworker'
        ? await runningBreakGlass(tx, ctx.session.user.id, person.id, ctx.now())
        : null;
    if (!grant) {
      throw new AccessDenial(
        { action, entityType: 'person', entityId: person.id, details: { reason: 'restricted_outside_team' } },
        RESTRICTED_MESSAGE,
      );
    }
    noteBreakGlassUse(tx, person.id, grant.id);
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
    | 'disclosures'
    | 'subject_access',
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action: 'clients.read',
    outcome: 'success',
    entityType: 'person',
    entityId: personId,
    requestId: ctx.meta.requestId,
    details: { view, ...breakGlassDetails(tx, personId) },
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
    details: { ...details, ...breakGlassDetails(tx, personId) },
  });
}
