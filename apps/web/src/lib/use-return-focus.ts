import { useCallback, useRef } from 'react';

/**
 * For a panel opened from a button that may be re-rendered away: `remember()` when opening notes where the
 * focus was; `restore()` when closing puts it back (after the panel has gone), so a keyboard user is not left
 * on the page's body.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback(() => {
    const target = opener.current;
    opener.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  }, []);
  return { remember, restore };
}
