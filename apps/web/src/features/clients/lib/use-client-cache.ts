import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After any change to a client, their case or matters: re-read the profile, the timeline and the lists, and
 * the deadlines (a stage change may have created some) with My work.
 */
export function useRefreshClient(): (clientId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (clientId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.clients.get.queryFilter({ id: clientId })),
        queryClient.invalidateQueries(trpc.clients.timeline.infiniteQueryFilter({ personId: clientId })),
        queryClient.invalidateQueries(trpc.clients.list.pathFilter()),
        queryClient.invalidateQueries(
          trpc.deadlines.listForClient.infiniteQueryFilter({ personId: clientId }),
        ),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}

export const CLIENT_CONFLICT_MESSAGE =
  'Someone else changed this client while you were editing. Reload to see their changes, then make yours again.';
