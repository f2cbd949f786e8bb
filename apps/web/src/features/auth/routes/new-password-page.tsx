import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { newPasswordSchema } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { PASSWORD_RULES } from '../../../lib/passwords.ts';
import { useTRPC } from '../../../trpc.ts';
import { CancelSignIn } from '../components/cancel-sign-in.tsx';
import { useContinueWithSession } from '../use-continue-with-session.ts';

const schema = z.object({ newPassword: newPasswordSchema });
const FIELDS = ['newPassword'] as const;

export function NewPasswordPage() {
  const trpc = useTRPC();
  const continueWith = useContinueWithSession();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { newPassword: '' } });
  const change = useMutation(
    trpc.auth.changeInitialPassword.mutationOptions({
      onSuccess: continueWith,
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <Page title="Choose a new password">
      <p>Your password was set by an administrator. Before you go on, choose a new one that only you know.</p>
      <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
        <FormError error={change.error} fields={FIELDS} />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_RULES}
          error={form.formState.errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <Button type="submit" busy={change.isPending}>
          Save password
        </Button>
      </form>
      <CancelSignIn />
    </Page>
  );
}
