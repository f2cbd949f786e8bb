import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After a review is recorded: re-read the client's supervision panel and the dashboard (the review may no
 * longer be due), the profile and timeline (the review's event), the deadlines its actions became, My work
 * and the digest.
 */
export function useRefreshAfterReview(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.supervision.pathFilter()),
        queryClient.invalidateQueries(trpc.clients.get.queryFilter({ id: personId })),
        queryClient.invalidateQueries(trpc.clients.timeline.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.deadlines.listForClient.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
        queryClient.invalidateQueries(trpc.digest.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}
