import { useInfiniteQuery } from '@tanstack/react-query';
import type { MatterKind } from '@umbrella/domain';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { daysText } from '../lib/format.ts';
import { DrillDownList } from './drill-down.tsx';
import { NumberHead } from './number-head.tsx';

/** The stays in one stage of one kind of matter that make up its figures, and the matters there now. */
export function StageStaysList({ kind, stage }: { kind: MatterKind; stage: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.supervision.stageStays.infiniteQueryOptions({ kind, stage, limit: 25 }, PAGED_QUERY_OPTIONS),
  );
  return (
    <DrillDownList
      query={query}
      noun="matters"
      count={{
        one: 'stay in this stage',
        many: 'stays in this stage',
        none: 'No matter has been in this stage.',
      }}
      caption="Stays in the stage"
      columns={
        <>
          <th scope="col">Entered</th>
          <th scope="col">Left</th>
          <NumberHead>Time in the stage</NumberHead>
        </>
      }
      cells={(item) => (
        <>
          <td>{formatCalendarDate(item.enteredOn)}</td>
          <td>{item.leftOn ? formatCalendarDate(item.leftOn) : <em>Still there</em>}</td>
          <td className="table__number">{daysText(item.days)}</td>
        </>
      )}
      rowKey={(item) => `${item.matterId}-${item.enteredOn}`}
      showMore={{ label: 'Show more', what: 'stays' }}
    />
  );
}
