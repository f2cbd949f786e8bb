import { useMutation } from '@tanstack/react-query';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { CONFLICT_MESSAGE, useReloadUser, useRememberUser } from '../use-user-cache.ts';

/** Deactivate (ends their sessions at once, keeps their records) or reactivate, each confirmed first. */
export function UserAccess({ user }: { user: UserSummary }) {
  const trpc = useTRPC();
  const rememberUser = useRememberUser();
  const reloadUser = useReloadUser();
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: rememberUser,
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void reloadUser(user.id);
      },
    }),
  );
  const change = (active: boolean) => setActive.mutateAsync({ id: user.id, version: user.version, active });

  return (
    <>
      {setActive.isSuccess ? (
        <p role="status" className="success-text">
          {setActive.data.active ? 'The user has been reactivated.' : 'The user has been deactivated.'}
        </p>
      ) : null}
      <FormError error={setActive.error} messages={{ CONFLICT: CONFLICT_MESSAGE }} />
      {user.active ? (
        <>
          <p>This user can sign in.</p>
          <ConfirmAction
            label="Deactivate user"
            question={
              <p>
                Deactivate this user? They will be signed out at once and cannot sign in until reactivated.
                Their records stay as they are.
              </p>
            }
            confirmLabel="Yes, deactivate"
            busy={setActive.isPending}
            onConfirm={() => change(false)}
          />
        </>
      ) : (
        <>
          <p>This user is deactivated and cannot sign in.</p>
          <ConfirmAction
            label="Reactivate user"
            variant="primary"
            question={
              <p>Reactivate this user? They will be able to sign in again with their current password.</p>
            }
            confirmLabel="Yes, reactivate"
            busy={setActive.isPending}
            onConfirm={() => change(true)}
          />
        </>
      )}
    </>
  );
}
