import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { MatterKind } from '@umbrella/domain';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { daysText, pagedCountText } from '../lib/format.ts';

/** The stays in one stage of one kind of matter that make up its figures, and the matters there now. */
export function StageStaysList({ kind, stage }: { kind: MatterKind; stage: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.supervision.stageStays.infiniteQueryOptions({ kind, stage, limit: 25 }, PAGED_QUERY_OPTIONS),
  );
  if (query.isPending) return <Pending label="Loading the matters…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The matters could not be loaded"
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
          one: 'stay in this stage',
          many: 'stays in this stage',
          none: 'No matter has been in this stage.',
        })}
      </ResultCount>
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table drill-down__table">
            <caption className="visually-hidden">Stays in the stage</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Entered</th>
                <th scope="col">Left</th>
                <th scope="col" className="table__number">
                  Time in the stage
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.matterId}-${item.enteredOn}`}>
                  <th scope="row">
                    <Link to="/clients/$clientId" params={{ clientId: item.personId }}>
                      {item.displayName}
                    </Link>
                  </th>
                  <td>{formatCalendarDate(item.enteredOn)}</td>
                  <td>{item.leftOn ? formatCalendarDate(item.leftOn) : <em>Still there</em>}</td>
                  <td className="table__number">{daysText(item.days)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore query={query} label="Show more" what="stays" />
    </>
  );
}
