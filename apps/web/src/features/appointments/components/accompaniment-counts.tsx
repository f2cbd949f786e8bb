import { useQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { MonthlyCountsTable } from '../../../components/monthly-counts-table.tsx';

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
  return (
    <MonthlyCountsTable
      counts={query.data}
      caption="Accompaniments and volunteer time by month, the last 12 months, latest last"
      timeHeading="Volunteer time"
    />
  );
}
