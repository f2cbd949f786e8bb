import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After key workers change (one client or many): whose clients they are shows on the dashboard and the
 * caseload, each profile and timeline, the client list's filter, My work and the digest of both workers.
 */
export function useRefreshAfterReassign(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.supervision.pathFilter()),
      queryClient.invalidateQueries(trpc.clients.get.pathFilter()),
      queryClient.invalidateQueries(trpc.clients.timeline.pathFilter()),
      queryClient.invalidateQueries(trpc.clients.list.pathFilter()),
      queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      queryClient.invalidateQueries(trpc.digest.pathFilter()),
      queryClient.invalidateQueries(trpc.appointments.pathFilter()),
    ]);
  }, [queryClient, trpc]);
}
