import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
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
        queryClient.invalidateQueries(trpc.clients.timeline.infiniteQueryFilter({ personId })),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
      ]);
    },
    [queryClient, trpc],
  );
}

export const COMMUNICATION_CONFLICT_MESSAGE =
  'Someone else changed this communication while you were working on it. It now shows their change: check it, then try again.';

/**
 * The callbacks of a form's mutation that changes a saved communication. Saved, or refused because someone
 * else changed it first, the communications are re-read: the form's conflict message then points at their
 * change. The server's messages about the form's fields go beside them.
 */
export function useChangeCallbacks<T extends FieldValues>(
  communication: { personId: string },
  form: { setError: UseFormSetError<T> },
  fields: readonly Path<T>[],
  onSaved: () => void,
) {
  const refresh = useRefreshCommunications();
  return {
    onSuccess: async () => {
      await refresh(communication.personId);
      onSaved();
    },
    onError: (error: unknown) => {
      if (errorCode(error) === 'CONFLICT') void refresh(communication.personId);
      applyFieldErrors(error, form.setError, fields);
    },
  };
}
