import { useQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { formatMinutes, monthLabel } from '../lib/format.ts';

/**
 * The organisation's accompaniments month by month over the last year, from the reports filed: how many
 * were attended and how much time volunteers gave (travel included). Numbers only, no names.
 */
export function AccompanimentCountsTable() {
  const trpc = useTRPC();
  const query = useQuery(trpc.appointments.counts.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  if (query.isPending) return <Pending label="Loading the counts…" />;
  if (query.isError) {
    return (
      <QueryError
        title="The counts could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { months, totalAccompaniments, totalMinutes } = query.data;
  return (
    <div className="table-scroll accompaniment-counts">
      <table className="table">
        <caption className="visually-hidden">
          Accompaniments and volunteer time by month, the last 12 months, latest last
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="table__number">
              Accompaniments
            </th>
            <th scope="col" className="table__number">
              Volunteer time
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td className="table__number">{m.accompaniments}</td>
              <td className="table__number">{formatMinutes(m.minutes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="table__number">{totalAccompaniments}</td>
            <td className="table__number">{formatMinutes(totalMinutes)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
