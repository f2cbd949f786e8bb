import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/** After any change to a deadline: re-read the client's deadlines, My work and the navigation's counts. */
export function useRefreshDeadlines(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.deadlines.listForClient.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}
