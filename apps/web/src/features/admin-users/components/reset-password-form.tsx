import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { newPasswordSchema } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { PASSWORD_RULES } from '../../../lib/passwords.ts';
import { useTRPC } from '../../../trpc.ts';
import { suggestPassword } from '../lib/suggest-password.ts';
import { CONFLICT_MESSAGE, useReloadUser, useRememberUser } from '../use-user-cache.ts';

const schema = z.object({ newPassword: newPasswordSchema });
const FIELDS = ['newPassword'] as const;

export function ResetPasswordForm({ user }: { user: UserSummary }) {
  const trpc = useTRPC();
  const rememberUser = useRememberUser();
  const reloadUser = useReloadUser();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { newPassword: '' } });
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: (updated) => {
        rememberUser(updated);
        form.reset();
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void reloadUser(user.id);
        applyFieldErrors(error, form.setError, FIELDS);
      },
    }),
  );

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        reset.mutate({ id: user.id, version: user.version, ...values }),
      )}
    >
      <p>
        Set a new password if they have forgotten theirs. They must choose their own when they next sign in.
      </p>
      {reset.isSuccess ? (
        <Alert tone="success">
          The password has been reset. Give it to them in a safe way; they must change it when they next sign
          in.
        </Alert>
      ) : null}
      <FormError error={reset.error} fields={FIELDS} messages={{ CONFLICT: CONFLICT_MESSAGE }} />
      <TextField
        label="New password"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        hint={PASSWORD_RULES}
        error={form.formState.errors.newPassword?.message}
        {...form.register('newPassword')}
      />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => form.setValue('newPassword', suggestPassword(), { shouldValidate: true })}
        >
          Suggest a password
        </Button>
        <Button type="submit" busy={reset.isPending}>
          Reset password
        </Button>
      </div>
    </form>
  );
}
