import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshDisclosures } from '../../disclosures/lib/use-disclosure-cache.ts';

/** Why nothing was printed: the whole document could not be read, or the print could not be recorded. */
export type PrintFailure = { stage: 'load' | 'record'; error: unknown };

/**
 * Printing the chronology is a disclosure of the client's record: `prepare` first puts the whole document on
 * the page, then the print is recorded, and the print dialogue opens only once it is. If either step fails,
 * nothing is printed (the caller shows why).
 */
export function useRecordedPrint(personId: string, matterId: string | null, prepare: () => Promise<void>) {
  const trpc = useTRPC();
  const refresh = useRefreshDisclosures();
  const [preparing, setPreparing] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const record = useMutation(
    trpc.disclosures.recordPrint.mutationOptions({
      onSuccess: () => {
        window.print();
        void refresh(personId);
      },
    }),
  );
  const print = async () => {
    setLoadError(null);
    record.reset();
    setPreparing(true);
    try {
      await prepare();
    } catch (error) {
      setLoadError(error ?? new Error('The chronology could not be loaded.'));
      setPreparing(false);
      return;
    }
    // In one step, so the button stays busy from loading to recording.
    setPreparing(false);
    record.mutate({ personId, matterId, what: 'chronology' });
  };
  let failure: PrintFailure | null = null;
  if (loadError) failure = { stage: 'load', error: loadError };
  else if (record.isError) failure = { stage: 'record', error: record.error };
  return { print, busy: preparing || record.isPending, failure };
}
