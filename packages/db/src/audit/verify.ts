import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';

export type AuditVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenSeq: number; brokenId: string; reason: string };

/**
 * Walks the whole log in order, a page at a time, following each chain (see append.ts), and names the first row
 * that does not fit the row before it in its chain.
 */
export async function verifyAuditChain(db: DbOrTx, pageSize = 5_000): Promise<AuditVerification> {
  const lastHashOfChain = new Map<number, string>();
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
      const prevHash = lastHashOfChain.get(row.chain) ?? GENESIS_HASH;
      if (row.prevHash !== prevHash) {
        return fail(row, rows, 'it does not link to the row before it (a row was removed or reordered)');
      }
      if (auditRowHash(prevHash, row) !== row.hash) {
        return fail(row, rows, 'its content does not match its hash (the row was altered)');
      }
      lastHashOfChain.set(row.chain, row.hash);
      lastSeq = row.seq;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}

function fail(row: { seq: number; id: string }, rows: number, reason: string): AuditVerification {
  return { ok: false, rows, brokenSeq: row.seq, brokenId: row.id, reason };
}
