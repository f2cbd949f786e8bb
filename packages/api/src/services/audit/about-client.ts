import { auditLog } from '@umbrella/db';
import { isUuid } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';

/**
 * The audit rows about one client: those written against the client themself (`auditClientChange`,
 * `auditClientRead`: entity `person`) and those written against one of their records that name them in
 * `details.personId` (a matter, the case file; the audit viewer's own rows when filtered by the client).
 * Rows of lists that name many clients (`details.personIds`) are not included: they name other clients too.
 * The audit viewer's client filter and the subject access bundle both use this one rule.
 */
export function auditRowsAboutClient(personId: string): SQL {
  return sql`((${auditLog.entityType} = 'person' and ${auditLog.entityId} = ${personId}) or (${auditLog.details} ->> 'personId') = ${personId})`;
}

/** The client an audit row is about, by the same rule: its entity, else `details.personId`; null for neither. */
export function auditRowClientId(row: {
  entityType: string | null;
  entityId: string | null;
  details: Record<string, unknown>;
}): string | null {
  if (row.entityType === 'person' && row.entityId) return row.entityId;
  return isUuid(row.details.personId) ? row.details.personId : null;
}
