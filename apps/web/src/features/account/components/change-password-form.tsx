import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { changePasswordInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { PASSWORD_RULES } from '../../../lib/passwords.ts';
import { useTRPC } from '../../../trpc.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const form = useForm({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors } = form.formState;
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => form.reset(),
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
      {change.isSuccess ? (
        <Alert tone="success">
          Your password has been changed. You have been signed out everywhere else you were signed in.
        </Alert>
      ) : null}
      <FormError error={change.error} fields={FIELDS} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_RULES}
        error={errors.newPassword?.message}
        {...form.register('newPassword')}
      />
      <Button type="submit" busy={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
