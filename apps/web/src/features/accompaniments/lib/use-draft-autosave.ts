import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import type { AccompanimentDraft } from '@umbrella/domain';
import { useEffect, useRef, useState } from 'react';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { Autosaver, type AutosaveStatus } from './autosaver.ts';
import type { VolunteerCardDetail } from './types.ts';

function describeError(error: unknown): 'offline' | string {
  // No tRPC code: the request never reached the server (or its answer never came back).
  if (error instanceof TRPCClientError && errorCode(error) === undefined) return 'offline';
  return errorMessage(error);
}

/**
 * Autosaves the volunteer's report as a draft on the server (never in the browser's storage), a moment after
 * each change; tries again when the connection comes back; warns before the tab is closed with anything
 * unsaved; sends what is unsaved when the volunteer follows a link elsewhere in the app.
 */
export function useDraftAutosave(card: VolunteerCardDetail) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const appointmentId = card.appointmentId;
  // Fail at once when offline (instead of waiting, paused, for the connection), so the page can say so.
  const { mutateAsync } = useMutation(
    trpc.accompaniments.saveDraft.mutationOptions({ networkMode: 'always' }),
  );

  const save = async (draft: AccompanimentDraft) => {
    const result = await mutateAsync({ appointmentId, draft });
    // Coming back to the page (without reloading) starts from what was saved.
    queryClient.setQueryData(trpc.accompaniments.get.queryKey({ id: appointmentId }), (old) =>
      old
        ? { ...old, draft, report: { ...old.report, status: 'draft' as const, draftSavedAt: result.savedAt } }
        : old,
    );
    void queryClient.invalidateQueries({ queryKey: trpc.accompaniments.list.queryKey() });
    return result;
  };
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const [status, setStatus] = useState<AutosaveStatus | null>(null);
  const [autosaver] = useState(
    () =>
      new Autosaver<AccompanimentDraft>({
        save: (draft) => saveRef.current(draft),
        describeError,
        isOnline: () => navigator.onLine,
        onStatus: setStatus,
        savedAt: card.report.draftSavedAt,
      }),
  );

  useEffect(() => {
    autosaver.attach();
    const onOnline = () => autosaver.retry();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosaver.unsaved) return;
      event.preventDefault();
      // Older browsers need a value here to ask.
      event.returnValue = '';
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('beforeunload', onBeforeUnload);
      autosaver.leave();
    };
  }, [autosaver]);

  return { autosaver, status: status ?? autosaver.current };
}
