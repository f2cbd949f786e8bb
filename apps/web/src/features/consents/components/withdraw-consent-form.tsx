import { useMutation } from '@tanstack/react-query';
import { CONSENT_SCOPE_MAX } from '@umbrella/domain';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode, fieldErrors } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { CONSENT_CONFLICT_MESSAGE } from '../lib/consent-form.ts';
import type { ConsentView } from '../lib/types.ts';
import { useRefreshConsents } from '../lib/use-consent-cache.ts';

interface WithdrawConsentFormProps {
  personId: string;
  consent: ConsentView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The second step of withdrawing: what it means, an optional note, and the button that does it. */
export function WithdrawConsentForm({ personId, consent, onDone, onCancel }: WithdrawConsentFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshConsents();
  const [note, setNote] = useState('');
  const withdraw = useMutation(
    trpc.consents.withdraw.mutationOptions({
      onSuccess: async () => {
        await refresh(personId);
        onDone('Consent withdrawn. From now on nothing may be shared on it.');
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh(personId);
      },
    }),
  );
  const tooLong = note.length > CONSENT_SCOPE_MAX;
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Withdraw consent"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        withdraw.mutate({ id: consent.id, version: consent.version, note: note.trim() || null });
      }}
    >
      <FormError error={withdraw.error} fields={['note']} messages={{ CONFLICT: CONSENT_CONFLICT_MESSAGE }} />
      <p>
        <strong>Withdraw this consent?</strong> It stops at once: nothing more may be shared on it. It stays
        on the record, marked as withdrawn.
      </p>
      <TextAreaField
        label="Note (optional)"
        hint="For example: how the client told you, and why."
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={
          tooLong
            ? `Keep the note to ${CONSENT_SCOPE_MAX} characters or fewer`
            : fieldErrors(withdraw.error).note?.[0]
        }
      />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={withdraw.isPending} busyLabel="Withdrawing…">
          Withdraw consent
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={withdraw.isPending}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
