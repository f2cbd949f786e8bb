import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { signInAttempts, type DbOrTx } from '@umbrella/db';
import { and, count, eq, gt, lt, max, min, sql } from 'drizzle-orm';
import type { AuthConfig } from '../../config.ts';

/** Attempts are keyed by a hash, so the table holds no e-mail addresses (and unknown ones are treated alike). */
function hashKey(kind: string, value: string): string {
  return createHash('sha256').update(`umbrella-${kind}:${value}`).digest('hex');
}

/** Password attempts for an e-mail address, known or not. */
export function accountKey(email: string): string {
  return hashKey('sign-in', email.trim().toLowerCase());
}

/**
 * Second-factor attempts for a user, counted apart from passwords: a correct password must not reset the
 * count of wrong codes, or someone holding the password could guess codes for ever.
 */
export function totpKey(userId: string): string {
  return hashKey('totp', userId);
}

/** An IPv6 client controls a whole /64, so addresses are limited per /64. */
export function addressKey(ip: string): string {
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = Array(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = address.includes('::') ? [...headGroups, ...zeros, ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

export interface AttemptKey {
  account: string;
  ip: string;
}

export type ThrottleVerdict =
  | { refused: false; attemptId: string }
  | { refused: true; scope: 'account' | 'ip'; retryAfterMinutes: number };

const PRUNE_AFTER_MS = 24 * 60 * 60_000;

/**
 * Checks the limits and, if the attempt may go ahead, records it straight away as a failure (marked a
 * success later). Parallel guesses for one account are serialised by an advisory lock, so each sees the
 * others and no more than the limit get through. Call in a transaction of its own and commit it before the
 * slow password check.
 */
export async function reserveAttempt(
  tx: DbOrTx,
  config: AuthConfig,
  key: AttemptKey,
  now: Date,
): Promise<ThrottleVerdict> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key.account}, 0))`);
  const windowMs = config.throttleWindowMinutes * 60_000;
  const windowStart = new Date(now.getTime() - windowMs);

  const [lastSuccess] = await tx
    .select({ at: max(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.accountKey, key.account),
        eq(signInAttempts.succeeded, true),
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
  await tx
    .delete(signInAttempts)
    .where(lt(signInAttempts.createdAt, new Date(now.getTime() - PRUNE_AFTER_MS)));
  const [attempt] = await tx
    .insert(signInAttempts)
    .values({ accountKey: key.account, ipAddress: key.ip, succeeded: false, createdAt: now, updatedAt: now })
    .returning({ id: signInAttempts.id });
  if (!attempt) throw new Error('attempt insert returned nothing');
  return { refused: false, attemptId: attempt.id };
}

export async function markAttemptSucceeded(tx: DbOrTx, attemptId: string, now: Date): Promise<void> {
  await tx
    .update(signInAttempts)
    .set({ succeeded: true, updatedAt: now })
    .where(eq(signInAttempts.id, attemptId));
}

async function failuresSince(tx: DbOrTx, which: ReturnType<typeof eq>, since: Date) {
  const [row] = await tx
    .select({ failures: count(), oldest: min(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(which, eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? since };
}

function retryAfter(oldest: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 60_000));
}

export function throttledMessage(verdict: Extract<ThrottleVerdict, { refused: true }>): string {
  const minutes = `${verdict.retryAfterMinutes} minute${verdict.retryAfterMinutes === 1 ? '' : 's'}`;
  return verdict.scope === 'account'
    ? `Too many failed attempts for this account. Try again in ${minutes}.`
    : `Too many failed sign-in attempts from this network. Try again in ${minutes}.`;
}
