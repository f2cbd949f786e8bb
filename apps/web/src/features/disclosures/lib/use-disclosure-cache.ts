import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After a disclosure changes (asked for, approved, refused, cancelled, a print recorded): re-read the
 * disclosure lists (the client's history and the supervisors' queue) and, as an approval logs the
 * communication, the communications, the client's timeline and My work.
 */
export function useRefreshDisclosures(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.disclosures.forClient.pathFilter()),
        queryClient.invalidateQueries(trpc.disclosures.queue.pathFilter()),
        queryClient.invalidateQueries(trpc.communications.pathFilter()),
        queryClient.invalidateQueries(trpc.clients.timeline.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}
