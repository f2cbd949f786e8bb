import { useMutation } from '@tanstack/react-query';
import { formatDate } from '@umbrella/domain';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { ClientRetention } from '../lib/types.ts';
import { ReasonForm } from './reason-form.tsx';
import { useRetentionInvalidate } from './use-retention-invalidate.ts';

const CONFLICT_MESSAGE =
  'Someone else changed this client’s record a moment ago. The section has been reloaded: check it, then try again.';

/** The legal hold on a client: whether it is on and why, and (for supervisors) putting it on or lifting it. */
export function LegalHold({
  retention,
  onDone,
}: {
  retention: ClientRetention;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const invalidate = useRetentionInvalidate();
  // Settled either way: a conflict reloads the section with the newer version.
  const set = useMutation(
    trpc.retention.setLegalHold.mutationOptions({ onSettled: () => invalidate({ clients: true }) }),
  );
  const clear = useMutation(
    trpc.retention.clearLegalHold.mutationOptions({ onSettled: () => invalidate({ clients: true }) }),
  );
  const { legalHold } = retention;

  if (legalHold) {
    return (
      <div className="retention-hold">
        <p>
          <Badge tone="warning">On legal hold</Badge>{' '}
          {legalHold.setAt ? `Since ${formatDate(legalHold.setAt)}` : 'Set'}
          {legalHold.setBy ? `, by ${legalHold.setBy.displayName}` : ''}. Nothing about this client can be
          anonymised until the hold is lifted.
        </p>
        <p className="pre-line">{legalHold.reason}</p>
        {clear.error ? (
          <Alert>
            {errorCode(clear.error) === 'CONFLICT' ? CONFLICT_MESSAGE : errorMessage(clear.error)}
          </Alert>
        ) : null}
        {retention.canChangeLegalHold ? (
          <ConfirmAction
            label="Lift the legal hold"
            question={<p>Lift the legal hold? The retention policy applies to this client again.</p>}
            confirmLabel="Lift it"
            variant="primary"
            busyLabel="Lifting…"
            busy={clear.isPending}
            onConfirm={async () => {
              await clear.mutateAsync({ personId: retention.personId, version: retention.version });
              onDone('The legal hold has been lifted.');
            }}
          />
        ) : null}
      </div>
    );
  }
  return (
    <div className="retention-hold">
      <p>Not on legal hold.</p>
      {retention.canChangeLegalHold ? (
        <Reveal label="Put on legal hold">
          {(close) => (
            <ReasonForm
              formLabel="Put on legal hold"
              label="Why must this record be kept?"
              fieldName="The reason"
              hint="For example a court order, a police investigation or a claim. While the hold is on, the retention policy passes this client by and nobody can anonymise them."
              submitLabel="Put on legal hold"
              busy={set.isPending}
              error={set.error}
              messages={{ CONFLICT: CONFLICT_MESSAGE }}
              onCancel={close}
              onSubmit={async (reason) => {
                await set.mutateAsync({ personId: retention.personId, version: retention.version, reason });
                onDone('The client is now on legal hold.');
                close();
              }}
            />
          )}
        </Reveal>
      ) : null}
    </div>
  );
}
