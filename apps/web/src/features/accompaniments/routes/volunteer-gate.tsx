import { Link, Outlet } from '@tanstack/react-router';
import { NoAccessPage } from '../../../components/error-pages.tsx';
import { isStaff } from '../../../components/staff-gate.tsx';
import { useSession } from '../../auth/session.ts';

/**
 * A volunteer's accompaniments are theirs alone. Anyone else gets a plain explanation (the server refuses
 * them anyway).
 */
export function VolunteerGate() {
  const { user } = useSession();
  if (user.role === 'volunteer') return <Outlet />;
  return (
    <NoAccessPage>
      <p>
        These pages are for volunteers: each sees the appointments they have been asked to accompany.
        {isStaff(user.role) ? (
          <>
            {' '}
            Your clients’ appointments are under <Link to="/appointments">Appointments</Link>.
          </>
        ) : null}
      </p>
    </NoAccessPage>
  );
}
