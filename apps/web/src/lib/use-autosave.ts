import { TRPCClientError } from '@trpc/client';
import { useEffect, useRef, useState } from 'react';
import { Autosaver, type AutosaveStatus } from './autosaver.ts';
import { errorCode, errorMessage } from './errors.ts';

function describeError(error: unknown): 'offline' | string {
  // No tRPC code: the request never reached the server (or its answer never came back).
  if (error instanceof TRPCClientError && errorCode(error) === undefined) return 'offline';
  return errorMessage(error);
}

interface UseAutosaveOptions<T> {
  /** Sends the draft to the server. Call a mutation with `networkMode: 'always'`, so it fails at once offline. */
  save: (value: T) => Promise<{ savedAt: string }>;
  /** When the server last stored the draft being edited, if it did. */
  savedAt: string | null;
}

/**
 * Autosaves a draft on the server (never in the browser's storage), a moment after each change; tries again
 * when the connection comes back; warns before the tab is closed with anything unsaved; sends what is unsaved
 * when the user follows a link elsewhere in the app. Call `autosaver.change(value)` on every change.
 */
export function useAutosave<T>({ save, savedAt }: UseAutosaveOptions<T>) {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const [status, setStatus] = useState<AutosaveStatus | null>(null);
  const [autosaver] = useState(
    () =>
      new Autosaver<T>({
        save: (value) => saveRef.current(value),
        describeError,
        isOnline: () => navigator.onLine,
        onStatus: setStatus,
        savedAt,
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
