import { useQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { formatMinutes, formatMonth } from '../lib/format.ts';

/** The volunteer's own accompaniments and hours, month by month over the last year. */
export function YourTime() {
  const trpc = useTRPC();
  const query = useQuery(trpc.accompaniments.counts.queryOptions());
  if (query.isPending) return <Pending label="Loading your time…" />;
  if (query.isError) {
    return (
      <QueryError
        title="Your time could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { months, totalAccompaniments, totalMinutes } = query.data;
  const reported = months.some((m) => m.accompaniments > 0 || m.minutes > 0);
  if (!reported) {
    return <p>Once you have filed reports, the time you have given each month will show here.</p>;
  }
  return (
    <>
      <p className="muted">
        From the reports you filed, by the month of the appointment. “Accompaniments” counts those the client
        came to; the time includes travel, and appointments that did not go ahead.
      </p>
      <div className="table-scroll">
        <table className="table your-time">
          <caption className="visually-hidden">Your accompaniments and time, the last 12 months</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="your-time__number">
                Accompaniments
              </th>
              <th scope="col" className="your-time__number">
                Time
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month)}</th>
                <td className="your-time__number">{month.accompaniments}</td>
                <td className="your-time__number">{formatMinutes(month.minutes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="your-time__number">{totalAccompaniments}</td>
              <td className="your-time__number">{formatMinutes(totalMinutes)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
