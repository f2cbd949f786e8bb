import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeEmailInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';

const FIELDS = ['newEmail', 'currentPassword'] as const;

export function ChangeEmailForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(changeEmailInput),
    defaultValues: { newEmail: '', currentPassword: '' },
  });
  const { errors } = form.formState;
  const change = useMutation(
    trpc.account.changeEmail.mutationOptions({
      onSuccess: (session) => {
        queryClient.setQueryData(trpc.auth.session.queryKey(), session);
        form.reset();
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
      {change.isSuccess ? (
        <Alert tone="success">
          Your e-mail address is now {change.data.user.email}. Use it when you sign in.
        </Alert>
      ) : null}
      <FormError error={change.error} fields={FIELDS} />
      <TextField
        label="New e-mail address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        error={errors.newEmail?.message}
        {...form.register('newEmail')}
      />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <Button type="submit" busy={change.isPending}>
        Change e-mail address
      </Button>
    </form>
  );
}
