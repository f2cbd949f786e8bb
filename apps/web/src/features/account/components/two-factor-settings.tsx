import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { disableTotpInput, isSecondFactorRequired } from '@umbrella/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { SessionInfo } from '../../../lib/api-types.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { TotpEnrolment } from '../../auth/components/totp-enrolment.tsx';
import { useSession } from '../../auth/session.ts';

const REQUIRED_MESSAGE =
  'Your role requires two-factor authentication, so it cannot be turned off. If you have lost your phone, ask another administrator to reset it.';

export function TwoFactorSettings() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const [justChanged, setJustChanged] = useState<'on' | 'off' | null>(null);
  const required = isSecondFactorRequired(user);

  const remember = (session: SessionInfo, change: 'on' | 'off') => {
    queryClient.setQueryData(trpc.auth.session.queryKey(), session);
    setEnrolling(false);
    setJustChanged(change);
  };

  if (!user.totpEnabled) {
    return (
      <>
        {justChanged === 'off' ? <Alert tone="success">Two-factor authentication is now off.</Alert> : null}
        <p>
          Two-factor authentication is <strong>off</strong>. Turn it on to ask for a code from your phone as
          well as your password when you sign in.
        </p>
        {enrolling ? (
          <>
            <TotpEnrolment onEnrolled={(session) => remember(session, 'on')} />
            <Button variant="secondary" onClick={() => setEnrolling(false)}>
              Cancel set-up
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setEnrolling(true)}>
            Set up two-factor authentication
          </Button>
        )}
      </>
    );
  }

  return (
    <>
      {justChanged === 'on' ? <Alert tone="success">Two-factor authentication is now on.</Alert> : null}
      <p>
        Two-factor authentication is <strong>on</strong>. When you sign in, Umbrella asks for a code from your
        authenticator app.
      </p>
      {required ? (
        <p>{REQUIRED_MESSAGE}</p>
      ) : (
        <DisableTotpForm onDisabled={(session) => remember(session, 'off')} />
      )}
    </>
  );
}

const FIELDS = ['currentPassword'] as const;

function DisableTotpForm({ onDisabled }: { onDisabled: (session: SessionInfo) => void }) {
  const trpc = useTRPC();
  const form = useForm({ resolver: zodResolver(disableTotpInput), defaultValues: { currentPassword: '' } });
  const disable = useMutation(
    trpc.account.disableTotp.mutationOptions({
      onSuccess: onDisabled,
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => disable.mutate(values))}>
      <FormError error={disable.error} fields={FIELDS} messages={{ FORBIDDEN: REQUIRED_MESSAGE }} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        hint="To turn two-factor authentication off, confirm your password."
        error={form.formState.errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <Button type="submit" variant="danger" busy={disable.isPending}>
        Turn off two-factor authentication
      </Button>
    </form>
  );
}
