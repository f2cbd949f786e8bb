import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFirstAdminInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { PASSWORD_RULES } from '../../../lib/passwords.ts';
import { useTRPC } from '../../../trpc.ts';
import { useContinueWithSession } from '../../auth/use-continue-with-session.ts';

const FIELDS = ['displayName', 'email', 'password'] as const;

export function SetupPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const continueWith = useContinueWithSession();
  const form = useForm({
    resolver: zodResolver(createFirstAdminInput),
    defaultValues: { displayName: '', email: '', password: '' },
  });
  const { errors } = form.formState;
  const create = useMutation(
    trpc.setup.createFirstAdmin.mutationOptions({
      onSuccess: async (session) => {
        queryClient.setQueryData(trpc.setup.status.queryKey(), (status) =>
          status ? { ...status, needsFirstAdmin: false } : status,
        );
        await continueWith(session);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <Page title="Set up Umbrella" heading="Create the first administrator">
      <p>
        Umbrella has no users yet. Create the first administrator account: it can add everyone else. Next you
        will set up two-factor authentication, which administrators must use.
      </p>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <FormError error={create.error} fields={FIELDS} />
        <TextField
          label="Name"
          autoComplete="name"
          hint="As your colleagues will see it."
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="username"
          spellCheck={false}
          hint="You will sign in with this address."
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_RULES}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" busy={create.isPending} busyLabel="Creating…">
          Create administrator
        </Button>
      </form>
    </Page>
  );
}
