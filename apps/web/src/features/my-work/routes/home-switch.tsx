import { lazy, Suspense } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { isStaff } from '../../../components/staff-gate.tsx';
import { useSession } from '../../auth/session.ts';

const MyWorkHome = lazy(() => import('./my-work-page.tsx').then((m) => ({ default: m.MyWorkHome })));
const AccompanimentsPage = lazy(() =>
  import('../../accompaniments/routes/accompaniments-page.tsx').then((m) => ({
    default: m.AccompanimentsPage,
  })),
);

/** `/`: My work for caseworkers and supervisors; their accompaniments for volunteers. */
export function HomeSwitch() {
  const { user } = useSession();
  return (
    <Suspense fallback={<Pending />}>{isStaff(user.role) ? <MyWorkHome /> : <AccompanimentsPage />}</Suspense>
  );
}
