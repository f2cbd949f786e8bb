import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';

/** Shown on every page while the demo data set is loaded, so nobody mistakes it for real people. */
export function DemoBanner() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity }));
  if (!data?.demo) return null;
  return (
    <div className="demo-banner" role="region" aria-label="Demo notice">
      <p>Demo data — fictional people and cases</p>
    </div>
  );
}
