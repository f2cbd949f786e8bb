import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { pagedCountText } from '../lib/format.ts';

/** The cases with deadlines or replies overdue at the end of one day: a week of the trend, drilled into. */
export function OverdueAtList({ on }: { on: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.supervision.overdueAt.infiniteQueryOptions({ on, limit: 25 }, PAGED_QUERY_OPTIONS),
  );
  if (query.isPending) return <Pending label="Loading the cases…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The cases could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? items.length;
  return (
    <>
      <ResultCount query={query}>
        {pagedCountText(total, items.length, {
          one: 'case',
          many: 'cases',
          none: 'No case had anything overdue then.',
        })}
      </ResultCount>
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table drill-down__table">
            <caption className="visually-hidden">Cases with items overdue</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Key worker</th>
                <th scope="col" className="table__number">
                  Deadlines overdue
                </th>
                <th scope="col" className="table__number">
                  Replies overdue
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.caseId}>
                  <th scope="row">
                    <Link to="/clients/$clientId" params={{ clientId: item.personId }}>
                      {item.displayName}
                    </Link>
                  </th>
                  <td>{item.keyWorker?.displayName ?? <span className="muted">None</span>}</td>
                  <td className="table__number">{item.overdueDeadlines}</td>
                  <td className="table__number">{item.repliesOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore query={query} label="Show more cases" what="cases" />
    </>
  );
}
