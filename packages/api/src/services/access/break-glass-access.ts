import { breakGlassGrants, type DbOrTx } from '@umbrella/db';
import { and, desc, eq, gt } from 'drizzle-orm';

/** A caseworker's break-glass grant on one client that is still running. */
export interface RunningGrant {
  id: string;
  expiresAt: Date;
}

/** `userId`'s grant on `personId` still running at `now` (the latest, should there be more), or null. */
export async function runningBreakGlass(
  tx: DbOrTx,
  userId: string,
  personId: string,
  now: Date,
): Promise<RunningGrant | null> {
  const [grant] = await tx
    .select({ id: breakGlassGrants.id, expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.userId, userId),
        eq(breakGlassGrants.personId, personId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    )
    .orderBy(desc(breakGlassGrants.expiresAt))
    .limit(1);
  return grant ?? null;
}

/** The clients `userId` holds a running break-glass grant on at `now`. */
export async function runningBreakGlassPersonIds(tx: DbOrTx, userId: string, now: Date): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ personId: breakGlassGrants.personId })
    .from(breakGlassGrants)
    .where(and(eq(breakGlassGrants.userId, userId), gt(breakGlassGrants.expiresAt, now)));
  return rows.map((r) => r.personId);
}

/**
 * The grants a transaction opened client records through (`openClientRecord`), by client, so that the audit
 * rows the verb writes in that transaction can say so. Keyed by the transaction object: it is gone with it.
 */
const usedInTransaction = new WeakMap<object, Map<string, string>>();

/** Records that `personId` was opened in `tx` through the break-glass grant `grantId`. */
export function noteBreakGlassUse(tx: DbOrTx, personId: string, grantId: string): void {
  const used = usedInTransaction.get(tx) ?? new Map<string, string>();
  used.set(personId, grantId);
  usedInTransaction.set(tx, used);
}

/**
 * `{ breakGlassId }` when `personId` was opened in `tx` through a break-glass grant, else nothing: spread into
 * the details of an audit row about that client (auditClientRead and auditClientChange do).
 */
export function breakGlassDetails(tx: DbOrTx, personId: string): { breakGlassId?: string } {
  const grantId = usedInTransaction.get(tx)?.get(personId);
  return grantId ? { breakGlassId: grantId } : {};
}
