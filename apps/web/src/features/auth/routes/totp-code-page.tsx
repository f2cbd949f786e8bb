import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { verifyTotpInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { CancelSignIn } from '../components/cancel-sign-in.tsx';
import { useContinueWithSession } from '../use-continue-with-session.ts';

const FIELDS = ['code'] as const;

export function TotpCodePage() {
  const trpc = useTRPC();
  const continueWith = useContinueWithSession();
  const form = useForm({ resolver: zodResolver(verifyTotpInput), defaultValues: { code: '' } });
  const verify = useMutation(
    trpc.auth.verifyTotp.mutationOptions({
      onSuccess: continueWith,
      onError: (error) => {
        applyFieldErrors(error, form.setError, FIELDS);
        form.resetField('code', { keepError: true });
      },
    }),
  );

  return (
    <Page title="Enter your code" heading="Enter your security code">
      <p>Open the authenticator app on your phone and enter the 6-digit code it shows for Umbrella.</p>
      <form noValidate onSubmit={form.handleSubmit((values) => verify.mutate(values))}>
        <FormError error={verify.error} fields={FIELDS} />
        <TextField
          label="Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          spellCheck={false}
          className="field--short"
          error={form.formState.errors.code?.message}
          {...form.register('code')}
        />
        <Button type="submit" busy={verify.isPending} busyLabel="Checking…">
          Continue
        </Button>
      </form>
      <p className="muted">Lost your phone? Ask an administrator to reset your two-factor authentication.</p>
      <CancelSignIn />
    </Page>
  );
}
