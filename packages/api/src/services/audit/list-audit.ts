import { appendAudit, auditLog } from '@umbrella/db';
import type { auditLogInput } from '@umbrella/domain';
import { and, desc, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { auditConditions, filterDetails, toAuditRows } from './audit-query.ts';
import type { AuditPage } from './views.ts';

/**
 * Who viewed or changed what, newest first, a page at a time (keyset on the log's sequence). Looking at the
 * log is itself recorded.
 */
export async function listAudit(ctx: StaffContext, input: z.infer<typeof auditLogInput>): Promise<AuditPage> {
  return ctx.db.transaction(async (tx) => {
    const where = and(auditConditions(input), input.cursor ? lt(auditLog.seq, input.cursor) : undefined);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const items = await toAuditRows(tx, ctx, page);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'audit.read',
      outcome: 'success',
      requestId: ctx.meta.requestId,
      details: filterDetails(input),
    });
    return {
      items,
      nextCursor: rows.length > input.limit ? String(page[page.length - 1]?.seq) : null,
    };
  });
}
