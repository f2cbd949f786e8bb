import { Outlet } from '@tanstack/react-router';
import { NoAccessPage } from '../../../components/error-pages.tsx';
import { useSession } from '../../auth/session.ts';

/** Retention is for supervisors and administrators (the server refuses anyone else anyway). */
export function RetentionGate() {
  const { user } = useSession();
  if (user.role === 'supervisor' || user.isAdmin) return <Outlet />;
  return (
    <NoAccessPage>
      <p>
        Retention is for supervisors and administrators: they decide, two people together, when a client’s
        record is anonymised.
      </p>
    </NoAccessPage>
  );
}
