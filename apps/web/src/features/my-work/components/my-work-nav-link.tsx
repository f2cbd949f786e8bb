import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '../../../trpc.ts';
import { attentionSummary } from '../lib/attention.ts';

/**
 * "My work", with the number of things needing attention beside it: overdue deadlines, replies overdue,
 * calls or meetings to confirm in writing, and follow-ups from accompaniment reports. What the number is made
 * of is said in words (to screen readers, and on hover).
 */
export function MyWorkNavLink() {
  const trpc = useTRPC();
  const counts = useQuery(trpc.myWork.counts.queryOptions(undefined, { staleTime: 60_000 }));
  const { total, words } = attentionSummary(counts.data);
  return (
    <Link to="/my-work" className="site-nav__my-work">
      My work
      {total > 0 ? (
        <>
          {' '}
          <span className="nav-count" aria-hidden="true" title={words}>
            {total}
          </span>
          <span className="visually-hidden">, {words}</span>
        </>
      ) : null}
    </Link>
  );
}
