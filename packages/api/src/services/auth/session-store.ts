import { appendAudit, sessions, users, type DbOrTx, type UserRow } from '@umbrella/db';
import { effectiveSessionStatus, type SessionInfo, type SessionStatus } from '@umbrella/domain';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { AuthConfig } from '../../config.ts';
import type { Context, CurrentSession } from '../../context.ts';
import { hashToken, newSessionToken } from './tokens.ts';

// lastSeenAt is written at most this often, so reads do not each cost a write.
const LAST_SEEN_RESOLUTION_MS = 60_000;

export function signInSubject(user: UserRow) {
  return {
    role: user.role,
    isAdmin: user.isAdmin,
    totpEnabled: user.totpSecret !== null,
    mustChangePassword: user.mustChangePassword,
  };
}

export function sessionEnds(config: AuthConfig, session: { createdAt: Date; lastSeenAt: Date }) {
  const idle = new Date(session.lastSeenAt.getTime() + config.idleTimeoutMinutes * 60_000);
  const absolute = new Date(session.createdAt.getTime() + config.absoluteTimeoutHours * 3_600_000);
  return { idle, absolute };
}

type SessionContext = Pick<Context, 'db' | 'config' | 'meta' | 'now'>;

/**
 * Finds the session a cookie names and checks it is still good: not ended, user active, within the idle
 * and absolute timeouts. An expired session is ended (and audited) and null returned.
 */
export async function loadSession(ctx: SessionContext, token: string): Promise<CurrentSession | null> {
  const [found] = await ctx.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.endedAt)))
    .limit(1);
  if (!found) return null;
  const { session, user } = found;
  const now = ctx.now();
  const ends = sessionEnds(ctx.config, session);
  const endReason = !user.active
    ? 'deactivated'
    : now >= ends.absolute
      ? 'absolute_timeout'
      : now >= ends.idle
        ? 'idle_timeout'
        : null;
  if (endReason) {
    await ctx.db.transaction(async (tx) => {
      const ended = await endSession(tx, session.id, endReason, now);
      if (ended) {
        await appendAudit(tx, {
          actorUserId: user.id,
          action: 'auth.session_end',
          outcome: 'success',
          entityType: 'session',
          entityId: session.id,
          requestId: ctx.meta.requestId,
          details: { reason: endReason },
        });
      }
    });
    return null;
  }
  const status = effectiveSessionStatus(session.status, signInSubject(user), session.secondFactorAt !== null);
  if (status !== session.status || now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await ctx.db
      .update(sessions)
      .set({ status, lastSeenAt: now, updatedAt: now })
      .where(eq(sessions.id, session.id));
  }
  return {
    id: session.id,
    status,
    createdAt: session.createdAt,
    secondFactorAt: session.secondFactorAt,
    user,
  };
}

export async function createSession(tx: DbOrTx, user: UserRow, status: SessionStatus, now: Date) {
  const { token, tokenHash } = newSessionToken();
  const [row] = await tx
    .insert(sessions)
    .values({ tokenHash, userId: user.id, status, lastSeenAt: now, createdAt: now, updatedAt: now })
    .returning({ id: sessions.id, createdAt: sessions.createdAt });
  if (!row) throw new Error('session insert returned nothing');
  return { token, session: { id: row.id, createdAt: row.createdAt, status, user } };
}

/**
 * Moves a session to its next sign-in step and gives it a new token (the rights behind a token must not
 * grow while the token stays the same). `provedSecondFactor` records that this session passed TOTP.
 */
export async function advanceSession(
  tx: DbOrTx,
  sessionId: string,
  change: { status: SessionStatus; provedSecondFactor: boolean },
  now: Date,
): Promise<string> {
  const { token, tokenHash } = newSessionToken();
  await tx
    .update(sessions)
    .set({
      status: change.status,
      tokenHash,
      updatedAt: now,
      ...(change.provedSecondFactor ? { secondFactorAt: now } : {}),
    })
    .where(eq(sessions.id, sessionId));
  return token;
}

/** Ends one session; returns false when it had already ended. */
export async function endSession(tx: DbOrTx, sessionId: string, reason: string, now: Date) {
  const ended = await tx
    .update(sessions)
    .set({ endedAt: now, endReason: reason, updatedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/** Ends every open session of a user, optionally keeping the one in use. Returns how many ended. */
export async function endUserSessions(
  tx: DbOrTx,
  userId: string,
  reason: string,
  now: Date,
  keepSessionId?: string,
) {
  const ended = await tx
    .update(sessions)
    .set({ endedAt: now, endReason: reason, updatedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

export function toSessionInfo(
  config: AuthConfig,
  session: { status: SessionStatus; createdAt: Date; user: UserRow },
): SessionInfo {
  const { user } = session;
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      isAdmin: user.isAdmin,
      totpEnabled: user.totpSecret !== null,
    },
    status: session.status,
    expiresAt: sessionEnds(config, {
      createdAt: session.createdAt,
      lastSeenAt: session.createdAt,
    }).absolute.toISOString(),
  };
}
