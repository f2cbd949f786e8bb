import { appendAudit, contacts, matters, type DbOrTx } from '@umbrella/db';
import { and, eq } from 'drizzle-orm';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { breakGlassDetails } from '../access/break-glass-access.ts';
import { openClientRecord, type StaffContext } from '../access/client-record.ts';
import { assertAgenciesExist } from '../clients/check-references.ts';
import type { MatterRow } from './matter-view.ts';

/**
 * Loads a matter to change it, locked, after checking the caller may open its client's record and that the
 * editor read the current version.
 */
export async function loadMatterForChange(
  tx: DbOrTx,
  ctx: StaffContext,
  input: { matterId: string; version: number },
  action: string,
): Promise<MatterRow> {
  const [matter] = await tx
    .select()
    .from(matters)
    .where(eq(matters.id, input.matterId))
    .limit(1)
    .for('update');
  if (!matter) throw notFound('matter');
  await openClientRecord(tx, ctx, matter.personId, action, { write: true });
  if (matter.version !== input.version) throw conflict('matter');
  return matter;
}

/** The counterpart agency and contact (and a police report's force) must be in the directory. */
export async function checkCounterparts(
  tx: DbOrTx,
  input: { agencyId: string | null; contactId: string | null; forceAgencyId?: string | null },
): Promise<void> {
  await assertAgenciesExist(tx, 'agencyId', input.agencyId ? [input.agencyId] : []);
  if (input.forceAgencyId) await assertAgenciesExist(tx, 'forceAgencyId', [input.forceAgencyId]);
  if (input.contactId) {
    const [contact] = await tx
      .select({ agencyId: contacts.agencyId })
      .from(contacts)
      .where(eq(contacts.id, input.contactId));
    if (!contact) throw badRequest('contactId', 'That contact is not in the directory.');
    if (input.agencyId && contact.agencyId !== input.agencyId) {
      throw badRequest('contactId', 'That contact does not work at the agency chosen.');
    }
  }
}

/**
 * A change to a matter, audited against the matter with its client's id. Ids and field names only: the kind
 * and the stages are case data, recorded on the client's timeline instead.
 */
export async function auditMatterChange(
  tx: DbOrTx,
  ctx: StaffContext,
  action: string,
  matter: MatterRow,
  details: Record<string, unknown> = {},
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action,
    outcome: 'success',
    entityType: 'matter',
    entityId: matter.id,
    requestId: ctx.meta.requestId,
    // Opened with break-glass: the grant's id too.
    details: { personId: matter.personId, ...details, ...breakGlassDetails(tx, matter.personId) },
  });
}

export const whereMatterAtVersion = (input: { matterId: string; version: number }) =>
  and(eq(matters.id, input.matterId), eq(matters.version, input.version));
