import { appendAudit, type Transaction } from '@umbrella/db';
import type { Context, CurrentSession } from '../../context.ts';
import { AppError } from '../../errors.ts';

/** The audit row that records a refusal (the actor, outcome and request are filled in). Ids only. */
export interface DenialAudit {
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

/**
 * Thrown inside a transaction when an access check refuses the caller: `inGuardedTransaction` rolls the
 * transaction back, commits `audit` on its own and throws FORBIDDEN with `refusal`.
 */
export class AccessDenial extends Error {
  constructor(
    readonly audit: DenialAudit,
    readonly refusal: string,
  ) {
    super('access denied');
  }
}

/**
 * Runs a verb in one transaction. When an access check in it throws `AccessDenial`, the transaction is rolled
 * back (nothing written), the refusal is committed to the audit log on its own, and FORBIDDEN is thrown.
 */
export async function inGuardedTransaction<T>(
  ctx: Context & { session: CurrentSession },
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    if (!(error instanceof AccessDenial)) throw error;
    await ctx.db.transaction((tx) =>
      appendAudit(tx, {
        ...error.audit,
        actorUserId: ctx.session.user.id,
        outcome: 'denied',
        requestId: ctx.meta.requestId,
      }),
    );
    throw new AppError('FORBIDDEN', error.refusal);
  }
}
