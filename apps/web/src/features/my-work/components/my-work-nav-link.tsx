import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '../../../trpc.ts';

/** "My work", with the number of overdue deadlines beside it (and said in words to screen readers). */
export function MyWorkNavLink() {
  const trpc = useTRPC();
  const counts = useQuery(trpc.myWork.counts.queryOptions(undefined, { staleTime: 60_000 }));
  const overdue = counts.data?.overdue ?? 0;
  return (
    <Link to="/my-work" className="site-nav__my-work">
      My work
      {overdue > 0 ? (
        <>
          {' '}
          <span className="nav-count" aria-hidden="true">
            {overdue}
          </span>
          <span className="visually-hidden">, {overdue} overdue</span>
        </>
      ) : null}
    </Link>
  );
}
