import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { SessionInfo } from '../../lib/api-types.ts';
import { useTRPC } from '../../trpc.ts';
import { STATUS_PATHS } from './session.ts';

/** After a sign-in step succeeds: remember the new session and go where its status leads. */
export function useContinueWithSession(): (session: SessionInfo) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (session) => {
      queryClient.setQueryData(trpc.auth.session.queryKey(), session);
      await navigate({ to: STATUS_PATHS[session.status] });
    },
    [navigate, queryClient, trpc],
  );
}
