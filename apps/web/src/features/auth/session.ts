import { redirect } from '@tanstack/react-router';
import { createContext, use } from 'react';
import type { SessionInfo, SessionStatus } from '../../lib/api-types.ts';
import type { RouterContext } from '../../lib/router-context.ts';

/** Where each session status belongs: the sign-in steps, or the app once fully signed in. */
export const STATUS_PATHS = {
  needs_totp: '/sign-in/code',
  needs_password_change: '/sign-in/new-password',
  needs_totp_enrolment: '/sign-in/two-factor-setup',
  active: '/',
} as const satisfies Record<SessionStatus, string>;

export type SignInStep = Exclude<SessionStatus, 'active'>;

/**
 * The session for a route guard. The first time it waits for the server; after that it answers from the cache
 * at once and re-reads the session in the background on every navigation, so a session that ended elsewhere
 * (signed out in another tab, timed out, deactivated) is noticed by the signed-in layout without slowing
 * navigation down.
 */
export function loadSession({ queryClient, trpc }: RouterContext): Promise<SessionInfo | null> {
  return queryClient.ensureQueryData({
    ...trpc.auth.session.queryOptions(undefined, { staleTime: 0 }),
    revalidateIfStale: true,
  });
}

/** Guard for the signed-in app: signed-out users go to sign in, half-signed-in users to their next step. */
export async function requireActiveSession(context: RouterContext): Promise<SessionInfo> {
  const session = await loadSession(context);
  if (!session) throw redirect({ to: '/sign-in' });
  if (session.status !== 'active') throw redirect({ to: STATUS_PATHS[session.status] });
  return session;
}

/** Guard for one sign-in step: only a session at that step may see it. */
export async function requireSignInStep(context: RouterContext, step: SignInStep): Promise<SessionInfo> {
  const session = await loadSession(context);
  if (!session) throw redirect({ to: '/sign-in' });
  if (session.status !== step) throw redirect({ to: STATUS_PATHS[session.status] });
  return session;
}

/** Guard for the sign-in form: anyone with a session is sent on to where they belong. */
export async function redirectIfSignedIn(context: RouterContext): Promise<void> {
  const session = await loadSession(context);
  if (session) throw redirect({ to: STATUS_PATHS[session.status] });
}

const SessionContext = createContext<SessionInfo | null>(null);
export const SessionProvider = SessionContext;

/** The signed-in user's session. Only for components inside the signed-in layout. */
export function useSession(): SessionInfo {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession() used outside the signed-in layout');
  return session;
}
