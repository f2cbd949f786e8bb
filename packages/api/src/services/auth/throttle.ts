import { createHash } from 'node:crypto';
import { signInAttempts, type DbOrTx } from '@umbrella/db';
import { and, count, eq, gt, max, min } from 'drizzle-orm';
import type { AuthConfig } from '../../config.ts';

/** Attempts are keyed by a hash of the e-mail, so the table holds no addresses (and unknown ones alike). */
export function accountKey(email: string): string {
  return createHash('sha256').update(`umbrella-sign-in:${email.trim().toLowerCase()}`).digest('hex');
}

export type ThrottleVerdict =
  { refused: false } | { refused: true; scope: 'account' | 'ip'; retryAfterMinutes: number };

/**
 * Refuses an account with `accountMaxFailures` failures since its last success within the window, and an
 * address with `ipMaxFailures` failures within the window. The refusal lasts until the failures age out.
 */
export async function checkThrottle(
  tx: DbOrTx,
  config: AuthConfig,
  key: { account: string; ip: string },
  now: Date,
): Promise<ThrottleVerdict> {
  const windowMs = config.throttleWindowMinutes * 60_000;
  const windowStart = new Date(now.getTime() - windowMs);

  const [lastSuccess] = await tx
    .select({ at: max(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.accountKey, key.account),
        eq(signInAttempts.succeeded, 'yes'),
        gt(signInAttempts.createdAt, windowStart),
      ),
    );
  const accountSince = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const account = await failuresSince(tx, eq(signInAttempts.accountKey, key.account), accountSince);
  if (account.failures >= config.accountMaxFailures) {
    return { refused: true, scope: 'account', retryAfterMinutes: retryAfter(account.oldest, windowMs, now) };
  }
  const ip = await failuresSince(tx, eq(signInAttempts.ipAddress, key.ip), windowStart);
  if (ip.failures >= config.ipMaxFailures) {
    return { refused: true, scope: 'ip', retryAfterMinutes: retryAfter(ip.oldest, windowMs, now) };
  }
  return { refused: false };
}

async function failuresSince(tx: DbOrTx, which: ReturnType<typeof eq>, since: Date) {
  const [row] = await tx
    .select({ failures: count(), oldest: min(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(which, eq(signInAttempts.succeeded, 'no'), gt(signInAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? since };
}

function retryAfter(oldest: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 60_000));
}

export async function recordAttempt(
  tx: DbOrTx,
  key: { account: string; ip: string },
  succeeded: boolean,
  now: Date,
) {
  await tx.insert(signInAttempts).values({
    accountKey: key.account,
    ipAddress: key.ip,
    succeeded: succeeded ? 'yes' : 'no',
    createdAt: now,
    updatedAt: now,
  });
}

export function throttledMessage(verdict: Extract<ThrottleVerdict, { refused: true }>): string {
  const minutes = `${verdict.retryAfterMinutes} minute${verdict.retryAfterMinutes === 1 ? '' : 's'}`;
  return verdict.scope === 'account'
    ? `Too many failed sign-in attempts for this account. Try again in ${minutes}.`
    : `Too many failed sign-in attempts from this network. Try again in ${minutes}.`;
}
