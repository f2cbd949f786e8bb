import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/button.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import type { SarView } from '../lib/types.ts';

interface ConfirmIdentityFormProps {
  clientId: string;
  request: SarView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** We are now satisfied it is the client asking: the bundle may then be downloaded. */
export function ConfirmIdentityFormPanel({ clientId, request, onDone, onCancel }: ConfirmIdentityFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const confirm = useMutation(
    trpc.sar.confirmIdentity.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.sar.forClient.queryKey({ personId: clientId }),
        });
        onDone('The client’s identity is recorded as checked. A supervisor can now download the bundle.');
      },
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Record that the client’s identity was checked"
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate({ id: request.id, version: request.version });
      }}
    >
      <FormError error={confirm.error} />
      <p>
        Only once we are satisfied it is the client asking. Reasonable checks only: a request is valid however
        it is made.
      </p>
      <div className="button-row">
        <Button type="submit" busy={confirm.isPending}>
          We are satisfied it is the client asking
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={confirm.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
