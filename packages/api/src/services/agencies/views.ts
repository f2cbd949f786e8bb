import { appendAudit, type agencies, type contacts, type DbOrTx } from '@umbrella/db';
import { isImmigrationEnforcement, type AgencyCategory } from '@umbrella/domain';
import type { StaffContext } from '../access/client-record.ts';

export interface AgencyView {
  id: string;
  version: number;
  name: string;
  category: AgencyCategory;
  /** Never share client data with this agency without a deliberate, recorded decision. */
  isImmigrationEnforcement: boolean;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  notes: string | null;
}

export interface ContactView {
  id: string;
  version: number;
  agencyId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
}

export function toAgencyView(row: typeof agencies.$inferSelect): AgencyView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    category: row.category,
    isImmigrationEnforcement: isImmigrationEnforcement(row.category),
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    notes: row.notes,
  };
}

export function toContactView(row: typeof contacts.$inferSelect): ContactView {
  return {
    id: row.id,
    version: row.version,
    agencyId: row.agencyId,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
  };
}

/**
 * Directory changes are audited like any other: ids, field names and categories only. A refused change is
 * recorded with `outcome: 'denied'`, in a transaction of its own.
 */
export async function auditDirectoryChange(
  tx: DbOrTx,
  ctx: StaffContext,
  action: string,
  entity: { type: 'agency' | 'contact'; id: string },
  details: Record<string, unknown> = {},
  outcome: 'success' | 'denied' = 'success',
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action,
    outcome,
    entityType: entity.type,
    entityId: entity.id,
    requestId: ctx.meta.requestId,
    details,
  });
}
