import { useMutation } from '@tanstack/react-query';
import { errorCode } from '../../lib/errors.ts';
import { useTRPC } from '../../trpc.ts';
import { useEndSession } from './use-end-session.ts';

/** Signs out on the server, then forgets the session here. An already-ended session counts as signed out. */
export function useSignOut() {
  const trpc = useTRPC();
  const endSession = useEndSession();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => endSession('signed-out'),
      onError: (error) => {
        if (errorCode(error) === 'UNAUTHORIZED') return endSession('signed-out');
      },
    }),
  );
}
