import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc.ts';

/** After a retention change: the retention lists and sections, and (for a hold or an anonymisation) the client. */
export function useRetentionInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (options: { clients?: boolean } = {}) => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.retention.pathFilter()),
      options.clients ? queryClient.invalidateQueries(trpc.clients.pathFilter()) : undefined,
    ]);
  };
}
