import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode, fieldErrors } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { decidedText, DISCLOSURE_CONFLICT_MESSAGE, reasonError } from '../lib/decision.ts';
import type { DisclosureView } from '../lib/types.ts';
import { useRefreshDisclosures } from '../lib/use-disclosure-cache.ts';

interface DecideFormProps {
  disclosure: Pick<DisclosureView, 'id' | 'version' | 'personId'>;
  /** Names the form for assistive technology: "Letter sent to Immigration Enforcement". */
  subject: string;
  onDone: (message: string) => void;
}

/** A supervisor approves or refuses a request, always with a written reason. */
export function DecideForm({ disclosure, subject, onDone }: DecideFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshDisclosures();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const decide = useMutation(
    trpc.disclosures.decide.mutationOptions({
      onSuccess: async (_view, sent) => {
        await refresh(disclosure.personId);
        onDone(decidedText(sent.decision));
      },
      onError: (error) => {
        // Decided or cancelled meanwhile: show where it stands now.
        if (errorCode(error) === 'CONFLICT' || fieldErrors(error).id) void refresh(disclosure.personId);
      },
    }),
  );
  const localError = checked ? reasonError(reason) : undefined;

  return (
    <form
      noValidate
      className="decide-form"
      aria-label={`Approve or refuse: ${subject}`}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const decision = submitter?.getAttribute('value') === 'refuse' ? 'refuse' : 'approve';
        setChecked(true);
        if (reasonError(reason)) {
          event.currentTarget.querySelector<HTMLTextAreaElement>('textarea')?.focus();
          return;
        }
        decide.mutate({
          id: disclosure.id,
          version: disclosure.version,
          decision,
          reason: reason.trim(),
        });
      }}
    >
      <FormError
        error={decide.error}
        fields={['reason']}
        messages={{ CONFLICT: DISCLOSURE_CONFLICT_MESSAGE }}
      />
      <TextAreaField
        label="Reason for the decision"
        hint="Required. It is recorded with your decision and shown on the client’s record."
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={localError ?? fieldErrors(decide.error).reason?.[0]}
      />
      <div className="button-row">
        <Button
          type="submit"
          value="approve"
          busy={decide.isPending && decide.variables.decision === 'approve'}
          busyLabel="Approving…"
          disabled={decide.isPending}
        >
          Approve
        </Button>
        <Button
          type="submit"
          variant="danger"
          value="refuse"
          busy={decide.isPending && decide.variables.decision === 'refuse'}
          busyLabel="Refusing…"
          disabled={decide.isPending}
        >
          Refuse
        </Button>
      </div>
    </form>
  );
}
