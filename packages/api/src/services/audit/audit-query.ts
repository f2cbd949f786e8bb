import { auditLog, people, users, type DbOrTx } from '@umbrella/db';
import { auditActionText, READ_ACTION_PATTERN, type auditExportInput } from '@umbrella/domain';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { auditRowClientId, auditRowsAboutClient } from './about-client.ts';
import type { AuditRowView } from './views.ts';

export type AuditFilters = z.infer<typeof auditExportInput>;

/** The filters as SQL conditions; days are London days. */
export function auditConditions(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.actorId) conditions.push(eq(auditLog.actorUserId, filters.actorId));
  if (filters.personId) conditions.push(auditRowsAboutClient(filters.personId));
  if (filters.from) {
    conditions.push(
      sql`${auditLog.createdAt} >= (${filters.from}::date::timestamp at time zone 'Europe/London')`,
    );
  }
  if (filters.to) {
    conditions.push(
      sql`${auditLog.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone 'Europe/London')`,
    );
  }
  if (filters.kind === 'reads') {
    conditions.push(sql`${auditLog.action} ~ ${READ_ACTION_PATTERN} and ${auditLog.outcome} = 'success'`);
  } else if (filters.kind === 'changes') {
    conditions.push(sql`${auditLog.action} !~ ${READ_ACTION_PATTERN} and ${auditLog.outcome} = 'success'`);
  } else if (filters.kind === 'refusals') {
    conditions.push(sql`${auditLog.outcome} <> 'success'`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** Names for the actors and (supervisors only) the clients of a page of rows, in two batched reads. */
export async function toAuditRows(
  tx: DbOrTx,
  ctx: StaffContext,
  rows: (typeof auditLog.$inferSelect)[],
): Promise<AuditRowView[]> {
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const actors = new Map<string, string>();
  if (actorIds.length) {
    const found = await tx
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(inArray(users.id, actorIds));
    for (const a of found) actors.set(a.id, a.displayName);
  }
  const clientIds = rows.map(auditRowClientId);
  const personIds = [...new Set(clientIds.flatMap((id) => (id ? [id] : [])))];
  const names = new Map<string, string>();
  // Only supervisors may see who the clients are; an administrator who is not one sees ids.
  if (personIds.length && ctx.session.user.role === 'supervisor') {
    const found = await tx
      .select({ id: people.id, displayName: people.displayName })
      .from(people)
      .where(inArray(people.id, personIds));
    for (const p of found) names.set(p.id, p.displayName);
  }
  return rows.map((r, i) => {
    const clientId = clientIds[i] ?? null;
    return {
      seq: r.seq,
      at: r.createdAt.toISOString(),
      actor: r.actorUserId
        ? { id: r.actorUserId, displayName: actors.get(r.actorUserId) ?? 'Unknown user' }
        : null,
      action: r.action,
      text: auditActionText(r.action, r.details),
      outcome: r.outcome,
      entityType: r.entityType,
      entityId: r.entityId,
      client: clientId ? { id: clientId, displayName: names.get(clientId) ?? null } : null,
      details: r.details,
    };
  });
}

/** The filters, for the audit row that records this search or export (ids and days only). */
export function filterDetails(filters: AuditFilters): Record<string, unknown> {
  return {
    actorId: filters.actorId,
    personId: filters.personId,
    from: filters.from,
    to: filters.to,
    kind: filters.kind,
  };
}
