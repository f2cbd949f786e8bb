import { Outlet } from '@tanstack/react-router';
import type { Role } from '@umbrella/domain';
import { useSession } from '../features/auth/session.ts';
import { NoAccessPage } from './error-pages.tsx';

export const STAFF_ROLES: readonly Role[] = ['caseworker', 'supervisor'];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/**
 * Client records and the directory are for caseworkers and supervisors. Others get a plain explanation (the
 * server refuses them anyway, and records the attempt).
 */
export function StaffGate() {
  const { user } = useSession();
  if (isStaff(user.role)) return <Outlet />;
  return (
    <NoAccessPage>
      <p>
        Client records and the agency directory are for caseworkers and supervisors. Volunteers see what they
        need for each appointment they are asked to help with.
      </p>
    </NoAccessPage>
  );
}
