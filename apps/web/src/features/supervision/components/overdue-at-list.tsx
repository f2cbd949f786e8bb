import { useInfiniteQuery } from '@tanstack/react-query';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { DrillDownList } from './drill-down.tsx';
import { NumberHead } from './number-head.tsx';

/** The cases with deadlines or replies overdue at the end of one day: a week of the trend, drilled into. */
export function OverdueAtList({ on }: { on: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.supervision.overdueAt.infiniteQueryOptions({ on, limit: 25 }, PAGED_QUERY_OPTIONS),
  );
  return (
    <DrillDownList
      query={query}
      noun="cases"
      count={{ one: 'case', many: 'cases', none: 'No case had anything overdue then.' }}
      caption="Cases with items overdue"
      columns={
        <>
          <th scope="col">Key worker</th>
          <NumberHead>Deadlines overdue</NumberHead>
          <NumberHead>Replies overdue</NumberHead>
        </>
      }
      cells={(item) => (
        <>
          <td>{item.keyWorker?.displayName ?? <span className="muted">None</span>}</td>
          <td className="table__number">{item.overdueDeadlines}</td>
          <td className="table__number">{item.repliesOverdue}</td>
        </>
      )}
      rowKey={(item) => item.caseId}
      showMore={{ label: 'Show more cases', what: 'cases' }}
    />
  );
}
