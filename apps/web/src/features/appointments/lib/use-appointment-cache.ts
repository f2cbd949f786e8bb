import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../trpc.ts';

export const APPOINTMENT_CONFLICT_MESSAGE =
  'Someone else changed this appointment while you were working on it. It now shows their change: check it, then try again.';

export const FOLLOW_UP_CONFLICT_MESSAGE =
  'Someone else dealt with this follow-up while you were working on it. It now shows what they did.';

/**
 * After any change to an appointment or a follow-up: re-read appointments (agenda, the client's list, the
 * appointment), My work with the navigation's counts, and the client's deadlines (a confirmed follow-up
 * becomes one).
 */
export function useRefreshAppointments(): (personId: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (personId) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.appointments.pathFilter()),
        queryClient.invalidateQueries(trpc.myWork.pathFilter()),
        queryClient.invalidateQueries(trpc.deadlines.listForClient.infiniteQueryFilter({ personId })),
      ]);
    },
    [queryClient, trpc],
  );
}
