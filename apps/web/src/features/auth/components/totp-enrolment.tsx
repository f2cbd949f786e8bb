import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { confirmTotpEnrolmentInput } from '@umbrella/domain';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import type { SessionInfo } from '../../../lib/api-types.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { QrCode } from './qr-code.tsx';
import { TotpSecret } from './totp-secret.tsx';

const FIELDS = ['code', 'currentPassword'] as const;

interface TotpEnrolmentProps {
  onEnrolled: (session: SessionInfo) => unknown;
  submitLabel?: string;
}

/**
 * Setting up an authenticator app: asks the server for a new secret as soon as it is shown, then checks one
 * code from the app (with the password, so an unattended session cannot be used to take over the factor).
 */
export function TotpEnrolment({
  onEnrolled,
  submitLabel = 'Turn on two-factor authentication',
}: TotpEnrolmentProps) {
  const trpc = useTRPC();
  const begin = useMutation(trpc.auth.beginTotpEnrolment.mutationOptions());
  const { mutate: beginEnrolment } = begin;
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    beginEnrolment();
  }, [beginEnrolment]);

  const form = useForm({
    resolver: zodResolver(confirmTotpEnrolmentInput),
    defaultValues: { code: '', currentPassword: '' },
  });
  const { errors } = form.formState;
  const confirm = useMutation(
    trpc.auth.confirmTotpEnrolment.mutationOptions({
      onSuccess: onEnrolled,
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  if (begin.isError) {
    return (
      <QueryError
        title="Two-factor set-up could not start"
        error={begin.error}
        onRetry={() => beginEnrolment()}
      />
    );
  }
  if (!begin.data) return <Pending label="Preparing your set-up key…" />;

  return (
    <ol className="steps">
      <li>
        <p>
          Install an authenticator app on your phone if you do not have one already, for example Google
          Authenticator, Microsoft Authenticator or 2FAS.
        </p>
      </li>
      <li>
        <p>In the app, add an account by scanning this QR code:</p>
        <QrCode uri={begin.data.otpauthUri} />
        <p>If you cannot scan it, enter this key in the app instead:</p>
        <p>
          <TotpSecret secret={begin.data.secret} />
        </p>
      </li>
      <li>
        <p>Enter the 6-digit code the app now shows for Umbrella, and your current password.</p>
        <form noValidate onSubmit={form.handleSubmit((values) => confirm.mutate(values))}>
          <FormError error={confirm.error} fields={FIELDS} />
          <TextField
            label="Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            spellCheck={false}
            className="field--short"
            error={errors.code?.message}
            {...form.register('code')}
          />
          <TextField
            label="Current password"
            type="password"
            autoComplete="current-password"
            error={errors.currentPassword?.message}
            {...form.register('currentPassword')}
          />
          <Button type="submit" busy={confirm.isPending}>
            {submitLabel}
          </Button>
        </form>
      </li>
    </ol>
  );
}
