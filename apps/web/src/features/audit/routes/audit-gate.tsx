import { Outlet } from '@tanstack/react-router';
import { NoAccessPage } from '../../../components/error-pages.tsx';
import { useSession } from '../../auth/session.ts';

/** The audit log is for supervisors and administrators (the server refuses anyone else anyway). */
export function AuditGate() {
  const { user } = useSession();
  if (user.role === 'supervisor' || user.isAdmin) return <Outlet />;
  return (
    <NoAccessPage>
      <p>The audit log is for supervisors and administrators: it shows who viewed or changed each record.</p>
    </NoAccessPage>
  );
}
