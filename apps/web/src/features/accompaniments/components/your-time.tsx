import { useQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { MonthlyCountsTable } from '../../../components/monthly-counts-table.tsx';

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
  const reported = query.data.months.some((m) => m.accompaniments > 0 || m.minutes > 0);
  if (!reported) {
    return <p>Once you have filed reports, the time you have given each month will show here.</p>;
  }
  return (
    <>
      <p className="muted">
        From the reports you filed, by the month of the appointment. “Accompaniments” counts those the client
        came to; the time includes travel, and appointments that did not go ahead.
      </p>
      <MonthlyCountsTable
        counts={query.data}
        caption="Your accompaniments and time, the last 12 months"
        timeHeading="Time"
      />
    </>
  );
}
