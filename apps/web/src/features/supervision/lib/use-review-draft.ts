import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isBlankReviewDraft, type ReviewDraft } from '@umbrella/domain';
import { useAutosave } from '../../../lib/use-autosave.ts';
import { useTRPC } from '../../../trpc.ts';

/**
 * Autosaves the supervisor's review as a draft on the server (never in the browser's storage), like the
 * volunteer's report: a moment after each change, again when the connection is back, with a warning before
 * the tab is closed with anything unsaved. Saving a draft with nothing written in it removes the draft.
 */
export function useReviewDraft(personId: string, savedAt: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Fail at once when offline (instead of waiting, paused, for the connection), so the form can say so.
  const { mutateAsync } = useMutation(
    trpc.supervision.saveReviewDraft.mutationOptions({ networkMode: 'always' }),
  );

  const save = async (draft: ReviewDraft) => {
    const result = await mutateAsync({ personId, draft });
    // Opening the form again (without reloading) starts from what was saved.
    queryClient.setQueryData(trpc.supervision.client.queryKey({ personId }), (old) =>
      old
        ? { ...old, draft: isBlankReviewDraft(draft) ? null : { values: draft, savedAt: result.savedAt } }
        : old,
    );
    return result;
  };

  return useAutosave<ReviewDraft>({ save, savedAt });
}
