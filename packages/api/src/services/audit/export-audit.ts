import { appendAudit, auditLog } from '@umbrella/db';
import {
  AUDIT_EXPORT_MAX,
  formatDateTime,
  londonToday,
  toCsv,
  type auditExportInput,
} from '@umbrella/domain';
import { desc } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { auditConditions, filterDetails, toAuditRows } from './audit-query.ts';
import type { AuditExport } from './views.ts';

const HEADER = [
  'Sequence',
  'When (UTC)',
  'When (London)',
  'Who',
  'User id',
  'Action',
  'What',
  'Outcome',
  'Entity type',
  'Entity id',
  'Client',
  'Details',
];

/**
 * The rows the filters match, as CSV (at most AUDIT_EXPORT_MAX: narrow the filters for more). The export is
 * itself recorded, with its filters and row count.
 */
export async function exportAudit(
  ctx: StaffContext,
  input: z.infer<typeof auditExportInput>,
): Promise<AuditExport> {
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(auditConditions(input))
      .orderBy(desc(auditLog.seq))
      .limit(AUDIT_EXPORT_MAX + 1);
    if (rows.length > AUDIT_EXPORT_MAX) {
      throw badRequest(
        'from',
        `More than ${AUDIT_EXPORT_MAX.toLocaleString('en-GB')} rows match: choose a shorter period, a user or a client.`,
      );
    }
    const items = await toAuditRows(tx, ctx, rows);
    const csv = toCsv(
      HEADER,
      items.map((r) => [
        r.seq,
        r.at,
        formatDateTime(r.at),
        r.actor?.displayName ?? '',
        r.actor?.id ?? '',
        r.action,
        r.text,
        r.outcome,
        r.entityType,
        r.entityId,
        r.client?.displayName ?? null,
        JSON.stringify(r.details),
      ]),
    );
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'audit.export',
      outcome: 'success',
      requestId: ctx.meta.requestId,
      details: { ...filterDetails(input), rows: rows.length },
    });
    return { filename: `umbrella-audit-${londonToday(ctx.now())}.csv`, csv, rows: rows.length };
  });
}
