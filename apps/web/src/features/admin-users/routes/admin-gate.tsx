import { Outlet } from '@tanstack/react-router';
import { NoAccessPage } from '../../../components/error-pages.tsx';
import { useSession } from '../../auth/session.ts';

/** Administration pages are for admins; others get a plain explanation (the server refuses them anyway). */
export function AdminGate() {
  const { user } = useSession();
  return user.isAdmin ? <Outlet /> : <NoAccessPage />;
}
