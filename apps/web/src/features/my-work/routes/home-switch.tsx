import { lazy, Suspense } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { isStaff } from '../../../components/staff-gate.tsx';
import { useSession } from '../../auth/session.ts';
import { HomePage } from '../../home/routes/home-page.tsx';

const MyWorkHome = lazy(() => import('./my-work-page.tsx').then((m) => ({ default: m.MyWorkHome })));

/** `/`: My work for caseworkers and supervisors; the welcome page for everyone else. */
export function HomeSwitch() {
  const { user } = useSession();
  if (!isStaff(user.role)) return <HomePage />;
  return (
    <Suspense fallback={<Pending />}>
      <MyWorkHome />
    </Suspense>
  );
}
