import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccompanimentDraft } from '@umbrella/domain';
import { useAutosave } from '../../../lib/use-autosave.ts';
import { useTRPC } from '../../../trpc.ts';
import type { VolunteerCardDetail } from './types.ts';

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

  return useAutosave<AccompanimentDraft>({ save, savedAt: card.report.draftSavedAt });
}
