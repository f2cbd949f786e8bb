import { Link, Outlet } from '@tanstack/react-router';
import { NoAccessPage } from '../../../components/error-pages.tsx';
import { isStaff } from '../../../components/staff-gate.tsx';
import { useSession } from '../../auth/session.ts';

/** The supervision dashboard is for supervisors. Others get a plain explanation (the server refuses them anyway). */
export function SupervisorGate() {
  const { user } = useSession();
  if (user.role === 'supervisor') return <Outlet />;
  return (
    <NoAccessPage>
      <p>
        The supervision dashboard is for supervisors: it shows every caseworker’s stalled cases and caseload.
        {isStaff(user.role) ? (
          <>
            {' '}
            Your own clients’ deadlines and replies are under <Link to="/my-work">My work</Link>.
          </>
        ) : null}
      </p>
    </NoAccessPage>
  );
}
