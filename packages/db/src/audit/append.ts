import { randomUUID } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
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

// Serialises audit writers so each row links to the one committed before it.
const AUDIT_CHAIN_LOCK_KEY = 4_711_002;

/** Appends one row to the audit log, inside the caller's transaction. */
export async function appendAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
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
    prevHash,
    hash: auditRowHash(prevHash, row),
  });
}
