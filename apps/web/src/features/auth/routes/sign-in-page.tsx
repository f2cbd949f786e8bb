import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { signInInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useContinueWithSession } from '../use-continue-with-session.ts';

const route = getRouteApi('/public/sign-in');
const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { notice } = route.useSearch();
  const trpc = useTRPC();
  const continueWith = useContinueWithSession();
  const form = useForm({ resolver: zodResolver(signInInput), defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: continueWith,
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <Page title="Sign in">
      {notice === 'session-ended' ? (
        <Alert tone="info">Your session has ended. Please sign in again.</Alert>
      ) : null}
      {notice === 'signed-out' ? <Alert tone="success">You have signed out.</Alert> : null}
      <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
        <FormError error={signIn.error} fields={FIELDS} />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" busy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </Button>
      </form>
      <p className="muted">Forgotten your password? Ask an administrator in your organisation to reset it.</p>
    </Page>
  );
}
