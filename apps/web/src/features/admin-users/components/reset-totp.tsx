import { useMutation } from '@tanstack/react-query';
import { isSecondFactorRequired } from '@umbrella/domain';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { CONFLICT_MESSAGE, useReloadUser, useRememberUser } from '../use-user-cache.ts';

/** For a lost or replaced phone: removes their authenticator so they can set it up again. */
export function ResetTotp({ user }: { user: UserSummary }) {
  const trpc = useTRPC();
  const rememberUser = useRememberUser();
  const reloadUser = useReloadUser();
  const resetTotp = useMutation(
    trpc.users.resetTotp.mutationOptions({
      onSuccess: rememberUser,
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void reloadUser(user.id);
      },
    }),
  );
  const next = isSecondFactorRequired(user)
    ? 'Their role requires it, so they will be asked to set it up again when they next sign in.'
    : 'They can sign in with their password alone until they set it up again.';

  return (
    <>
      {resetTotp.isSuccess ? (
        <p role="status" className="success-text">
          Two-factor authentication has been reset.
        </p>
      ) : null}
      <FormError error={resetTotp.error} messages={{ CONFLICT: CONFLICT_MESSAGE }} />
      {user.totpEnabled ? (
        <>
          <p>If they have lost or replaced their phone, reset two-factor authentication. {next}</p>
          <ConfirmAction
            label="Reset two-factor authentication"
            question={<p>Reset two-factor authentication for this user? {next}</p>}
            confirmLabel="Yes, reset"
            busy={resetTotp.isPending}
            onConfirm={() => resetTotp.mutateAsync({ id: user.id, version: user.version })}
          />
        </>
      ) : (
        <p>This user has not set up two-factor authentication.</p>
      )}
    </>
  );
}
