import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../../components/alert.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { clientLabel } from '../lib/format.ts';
import type { AnonymisationRequest } from '../lib/types.ts';
import { ReasonForm } from './reason-form.tsx';
import { useRetentionInvalidate } from './use-retention-invalidate.ts';

interface RequestActionsProps {
  request: AnonymisationRequest;
  onDone: (message: string) => void;
}

/** What the caller may do with a request awaiting approval: approve (and anonymise), refuse, or withdraw. */
export function RequestActions({ request, onDone }: RequestActionsProps) {
  const trpc = useTRPC();
  const invalidate = useRetentionInvalidate();
  const ref = { id: request.id, version: request.version };
  const approve = useMutation(
    trpc.retention.approve.mutationOptions({ onSuccess: () => invalidate({ clients: true }) }),
  );
  const refuse = useMutation(trpc.retention.refuse.mutationOptions({ onSuccess: () => invalidate() }));
  const cancel = useMutation(trpc.retention.cancel.mutationOptions({ onSuccess: () => invalidate() }));
  const name = clientLabel(request);
  const failed = approve.error ?? cancel.error;
  if (!request.canApprove && !request.canRefuse && !request.canCancel) {
    return <p className="muted">Awaiting approval by {request.approverNeeded}.</p>;
  }
  return (
    <div className="retention-actions">
      {failed ? <Alert>{errorMessage(failed)}</Alert> : null}
      <div className="button-row">
        {request.canApprove ? (
          <ConfirmAction
            label="Approve and anonymise"
            question={
              <p>
                Anonymise {name} now? Every identifying detail is removed and their files are deleted; only
                counts remain. This cannot be undone.
              </p>
            }
            confirmLabel="Anonymise now"
            busyLabel="Anonymising…"
            busy={approve.isPending}
            onConfirm={async () => {
              await approve.mutateAsync(ref);
              onDone(`${name} has been anonymised.`);
            }}
          />
        ) : null}
        {request.canCancel ? (
          <ConfirmAction
            label="Withdraw the request"
            question={<p>Withdraw your request to anonymise {name}? Nothing has been removed.</p>}
            confirmLabel="Withdraw it"
            cancelLabel="Keep the request"
            variant="primary"
            busyLabel="Withdrawing…"
            busy={cancel.isPending}
            onConfirm={async () => {
              await cancel.mutateAsync(ref);
              onDone('The request has been withdrawn.');
            }}
          />
        ) : null}
      </div>
      {request.canRefuse ? (
        <Reveal label="Refuse">
          {(close) => (
            <ReasonForm
              formLabel="Refuse the request"
              label="Why is the request refused?"
              fieldName="The note"
              hint="The person who asked reads this. Do not name or describe the client."
              submitLabel="Refuse the request"
              busy={refuse.isPending}
              error={refuse.error}
              onCancel={close}
              onSubmit={async (note) => {
                await refuse.mutateAsync({ ...ref, note });
                onDone('The request has been refused. Nothing was removed.');
                close();
              }}
            />
          )}
        </Reveal>
      ) : null}
    </div>
  );
}
