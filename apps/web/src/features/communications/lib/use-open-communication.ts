import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';

/**
 * The communication open on a client's page: its id in the address (`?communication=<id>`), so a link from
 * My work or the timeline opens it, and Back closes it. Only the id: never words from it.
 */
export function useOpenCommunication(): {
  openId: string | undefined;
  open: (id: string) => void;
  close: () => void;
} {
  const search: { communication?: unknown } = useSearch({ strict: false });
  const navigate = useNavigate();
  const openId = typeof search.communication === 'string' ? search.communication : undefined;
  const go = useCallback(
    (communication: string | undefined) =>
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, communication }),
        resetScroll: false,
      }),
    [navigate],
  );
  return { openId, open: go, close: useCallback(() => go(undefined), [go]) };
}
