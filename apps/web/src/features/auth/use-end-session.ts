import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTRPC } from '../../trpc.ts';

export type SignInNotice = 'session-ended' | 'signed-out';

let ending = false;

/**
 * Forgets the session in this tab: goes to the sign-in page with a notice, then drops every cached query
 * except the session and set-up status, so nothing about the last user stays in memory.
 */
export function useEndSession(): (notice: SignInNotice) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (notice) => {
      if (ending) return;
      ending = true;
      const keep = new Set([hashKey(trpc.auth.session.queryKey()), hashKey(trpc.setup.status.queryKey())]);
      try {
        queryClient.setQueryData(trpc.auth.session.queryKey(), null);
        await navigate({ to: '/sign-in', search: { notice } });
        queryClient.removeQueries({ predicate: (query) => !keep.has(query.queryHash) });
      } finally {
        ending = false;
      }
    },
    [navigate, queryClient, trpc],
  );
}
