import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After any change to a communication: re-read the communications (lists, the one open, drafts, the
 * chronology), the client's timeline, and My work with the navigation's counts.
 */
export function useRefreshCommunications(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.communications.pathFilter()),
        queryClient.invalidateQueries(trpc.clients.timeline.queryFilter({ personId })),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}

export const COMMUNICATION_CONFLICT_MESSAGE =
  'Someone else changed this communication while you were working on it. It now shows their change: check it, then try again.';
