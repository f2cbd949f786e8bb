import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

/**
 * After a consent is recorded or withdrawn: re-read the client's consents and whatever the firewall said
 * about sharing their information (an open log form asks again).
 */
export function useRefreshConsents(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.consents.forClient.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.disclosures.check.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}
