import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { ROLE_LABELS } from '@umbrella/domain';
import { useEffect } from 'react';
import { SessionProvider, STATUS_PATHS } from '../features/auth/session.ts';
import { useEndSession } from '../features/auth/use-end-session.ts';
import { useSignOut } from '../features/auth/use-sign-out.ts';
import { MyWorkNavLink } from '../features/my-work/components/my-work-nav-link.tsx';
import { errorMessage } from '../lib/errors.ts';
import { useTRPC } from '../trpc.ts';
import { Button } from './button.tsx';
import { isStaff } from './staff-gate.tsx';

/**
 * The frame of every signed-in page. It watches the session: when it ends (timed out, signed out elsewhere,
 * account deactivated) the user is sent to sign in with a notice.
 */
export function AppLayout() {
  const trpc = useTRPC();
  const { data: session } = useQuery(trpc.auth.session.queryOptions());
  const endSession = useEndSession();
  const navigate = useNavigate();
  const signOut = useSignOut();

  useEffect(() => {
    if (session === null) void endSession('session-ended');
    else if (session && session.status !== 'active') void navigate({ to: STATUS_PATHS[session.status] });
  }, [session, endSession, navigate]);

  if (!session || session.status !== 'active') return null;
  const { user } = session;

  return (
    <SessionProvider value={session}>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Umbrella
          </Link>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {isStaff(user.role) ? (
                <>
                  <li>
                    <MyWorkNavLink />
                  </li>
                  <li>
                    <Link to="/digest">This week</Link>
                  </li>
                  <li>
                    <Link to="/clients">Clients</Link>
                  </li>
                  <li>
                    <Link to="/appointments">Appointments</Link>
                  </li>
                  <li>
                    <Link to="/communications">Communications</Link>
                  </li>
                  <li>
                    <Link to="/agencies">Agencies</Link>
                  </li>
                  {user.role === 'supervisor' ? (
                    <li>
                      <Link to="/supervision">Supervision</Link>
                    </li>
                  ) : null}
                </>
              ) : (
                <li>
                  <Link to="/" activeOptions={{ exact: true }}>
                    Accompaniments
                  </Link>
                </li>
              )}
              {user.role === 'supervisor' || user.isAdmin ? (
                <li>
                  <Link to="/audit">Audit log</Link>
                </li>
              ) : null}
              {user.role === 'supervisor' || user.isAdmin ? (
                <li>
                  <Link to="/retention">Retention</Link>
                </li>
              ) : null}
              {user.isAdmin ? (
                <>
                  <li>
                    <Link to="/admin/users">Users</Link>
                  </li>
                  <li>
                    <Link to="/admin/teams">Teams</Link>
                  </li>
                  <li>
                    <Link to="/admin/supervision">Thresholds</Link>
                  </li>
                </>
              ) : null}
              <li>
                <Link to="/account">Account</Link>
              </li>
            </ul>
          </nav>
          <div className="site-header__user">
            <span className="site-header__name">{user.displayName}</span>
            <span className="site-header__role">
              {ROLE_LABELS[user.role]}
              {user.isAdmin ? ', administrator' : ''}
            </span>
            <Button
              variant="secondary"
              className="button--small"
              busy={signOut.isPending}
              busyLabel="Signing out…"
              onClick={() => signOut.mutate()}
            >
              Sign out
            </Button>
          </div>
        </div>
        {signOut.isError ? (
          <p className="site-header__error" role="alert">
            Could not sign out. {errorMessage(signOut.error)}
          </p>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
    </SessionProvider>
  );
}
