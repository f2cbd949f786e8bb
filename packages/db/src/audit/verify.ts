import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';

export type AuditVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenSeq: number; brokenId: string; reason: string };

/** Walks the whole chain in order, a page at a time, and names the first row that does not fit. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 5_000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, lastSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      rows++;
      if (row.prevHash !== prevHash) {
        return fail(row, rows, 'it does not link to the row before it (a row was removed or reordered)');
      }
      if (auditRowHash(prevHash, row) !== row.hash) {
        return fail(row, rows, 'its content does not match its hash (the row was altered)');
      }
      prevHash = row.hash;
      lastSeq = row.seq;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}

function fail(row: { seq: number; id: string }, rows: number, reason: string): AuditVerification {
  return { ok: false, rows, brokenSeq: row.seq, brokenId: row.id, reason };
}
