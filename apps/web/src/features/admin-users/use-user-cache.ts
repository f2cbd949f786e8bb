import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UserSummary } from '../../lib/api-types.ts';
import { useTRPC } from '../../trpc.ts';
import { useSession } from '../auth/session.ts';

/**
 * After a change to a user: show the server's copy at once, refresh the lists, and re-read our own session
 * when admins change themselves (name, role or admin rights).
 */
export function useRememberUser(): (user: UserSummary) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  return useCallback(
    (user) => {
      queryClient.setQueryData(trpc.users.get.queryKey({ id: user.id }), user);
      void queryClient.invalidateQueries(trpc.users.list.pathFilter());
      if (user.id === session.user.id) void queryClient.invalidateQueries(trpc.auth.session.queryFilter());
    },
    [queryClient, session.user.id, trpc],
  );
}

/** When someone else changed the user meanwhile: fetch their version so the page shows it. */
export function useReloadUser(): (id: string) => Promise<UserSummary> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (id) => queryClient.fetchQuery(trpc.users.get.queryOptions({ id }, { staleTime: 0 })),
    [queryClient, trpc],
  );
}

export const CONFLICT_MESSAGE =
  'Someone else changed this user at the same time. The latest details are shown now: check them and try again.';
