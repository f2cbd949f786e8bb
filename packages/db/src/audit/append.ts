import { randomInt, randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Transaction } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';

export interface AuditEntry {
  actorUserId: string | null;
  /** What happened, e.g. `auth.sign_in`, `users.create`. */
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  entityType?: string | null;
  entityId?: string | null;
  requestId?: string | null;
  /** Ids, field names and reasons only: never client data, passwords or e-mail addresses. */
  details?: Record<string, unknown>;
}

/**
 * The audit log is written as several hash chains side by side. A writer holds its chain's lock until its
 * transaction commits, so that the next row of the chain links to a committed one; with a single chain every
 * audited request in the organisation queued behind one lock and one disk flush at a time (about 120 a second
 * on a 2-core server, whatever the pool size). With 16 chains, up to 16 transactions append at once, and each
 * chain still proves that none of its rows was altered, removed or reordered.
 */
export const AUDIT_CHAINS = 16;
// Chain k is locked with key base + k (chain 0 keeps the key of the single chain before it).
const AUDIT_CHAIN_LOCK_BASE = 4_711_002;

/** The chain each open transaction writes to: a transaction that appends twice stays on its chain. */
const chainOfTransaction = new WeakMap<object, number>();

function isTransaction(dbOrTx: DbOrTx): dbOrTx is Transaction {
  return 'rollback' in dbOrTx;
}

/** Takes a free chain's lock (trying each from a random start), or waits for one if all are busy. */
async function lockChain(tx: Transaction): Promise<number> {
  const held = chainOfTransaction.get(tx);
  if (held !== undefined) return held;
  const start = randomInt(AUDIT_CHAINS);
  // Rows come from generate_series in order and the Limit stops at the first lock taken (an ORDER BY here
  // would let the planner try every lock before sorting, and hold them all).
  const result = await tx.execute(sql`
    select (${start}::int + g) % ${AUDIT_CHAINS}::int as chain
      from generate_series(0, ${AUDIT_CHAINS - 1}::int) g
     where pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK_BASE}::bigint + (${start}::int + g) % ${AUDIT_CHAINS}::int)
     limit 1`);
  const picked = (result.rows as { chain: number | string }[])[0];
  let chain: number;
  if (picked) {
    chain = Number(picked.chain);
  } else {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_BASE + start}::bigint)`);
    chain = start;
  }
  chainOfTransaction.set(tx, chain);
  return chain;
}

/** Appends one row to the audit log, inside the caller's transaction (or a transaction of its own). */
export async function appendAudit(dbOrTx: DbOrTx, entry: AuditEntry): Promise<void> {
  if (!isTransaction(dbOrTx)) {
    await dbOrTx.transaction((tx) => appendAudit(tx, entry));
    return;
  }
  const tx = dbOrTx;
  const chain = await lockChain(tx);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.chain, chain))
    .orderBy(desc(auditLog.chain), desc(auditLog.seq))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    id: randomUUID(),
    createdAt: new Date(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    outcome: entry.outcome,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    requestId: entry.requestId ?? null,
    details: entry.details ?? {},
  };
  await tx.insert(auditLog).values({
    ...row,
    updatedAt: row.createdAt,
    chain,
    prevHash,
    hash: auditRowHash(prevHash, row),
  });
}
