import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshDisclosures } from '../../disclosures/lib/use-disclosure-cache.ts';

/**
 * Printing the chronology is a disclosure of the client's record: it is recorded first, and the print
 * dialogue opens only once it is. If it cannot be recorded, nothing is printed (the caller shows why).
 */
export function useRecordedPrint(personId: string, matterId: string | null) {
  const trpc = useTRPC();
  const refresh = useRefreshDisclosures();
  const record = useMutation(
    trpc.disclosures.recordPrint.mutationOptions({
      onSuccess: () => {
        window.print();
        void refresh(personId);
      },
    }),
  );
  return {
    print: () => record.mutate({ personId, matterId, what: 'chronology' }),
    busy: record.isPending,
    error: record.isError ? record.error : null,
  };
}
