import { createHash } from 'node:crypto';

export interface HashedAuditFields {
  id: string;
  createdAt: Date;
  actorUserId: string | null;
  action: string;
  outcome: string;
  entityType: string | null;
  entityId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** jsonb reorders object keys, so the hash is taken over keys in a fixed order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function auditRowHash(prevHash: string, row: HashedAuditFields): string {
  const content = JSON.stringify([
    prevHash,
    row.id,
    row.createdAt.toISOString(),
    row.actorUserId,
    row.action,
    row.outcome,
    row.entityType,
    row.entityId,
    row.requestId,
    canonical(row.details),
  ]);
  return createHash('sha256').update(content).digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);
