import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { ROLE_LABELS, ROLES, updateUserInput } from '@umbrella/domain';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useReloadUser, useRememberUser } from '../use-user-cache.ts';

const schema = updateUserInput.pick({ displayName: true, role: true, isAdmin: true });
const FIELDS = ['displayName', 'role', 'isAdmin'] as const;

const valuesOf = (user: UserSummary) => ({
  displayName: user.displayName,
  role: user.role,
  isAdmin: user.isAdmin,
});

/**
 * Edits name, role and admin rights. The form remembers which version of the user it started from and sends
 * that: if someone else saved in between, the server answers CONFLICT instead of silently overwriting them.
 */
export function EditUserForm({ user }: { user: UserSummary }) {
  const trpc = useTRPC();
  const rememberUser = useRememberUser();
  const reloadUser = useReloadUser();
  const baseVersion = useRef(user.version);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(user),
  });
  const { errors, isDirty } = form.formState;

  // A newer copy arrived (our own action elsewhere on the page, or a refresh): adopt it unless mid-edit.
  useEffect(() => {
    if (user.version !== baseVersion.current && !isDirty) {
      baseVersion.current = user.version;
      form.reset(valuesOf(user));
    }
  }, [user, isDirty, form]);

  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: (updated) => {
        baseVersion.current = updated.version;
        form.reset(valuesOf(updated));
        rememberUser(updated);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  const loadLatest = async () => {
    const latest = await reloadUser(user.id);
    baseVersion.current = latest.version;
    form.reset(valuesOf(latest));
    update.reset();
  };

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        update.mutate({ id: user.id, version: baseVersion.current, ...values }),
      )}
    >
      {update.isSuccess && !isDirty ? <Alert tone="success">The changes have been saved.</Alert> : null}
      {errorCode(update.error) === 'CONFLICT' ? (
        <Alert>
          <p>
            Someone else changed this user while you were editing. Load the latest details, then make your
            changes again.
          </p>
          <Button variant="secondary" onClick={() => void loadLatest()}>
            Load the latest details
          </Button>
        </Alert>
      ) : (
        <FormError error={update.error} fields={FIELDS} />
      )}
      <TextField
        label="Name"
        autoComplete="off"
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <SelectField label="Role" error={errors.role?.message} {...form.register('role')}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label="Administrator"
        hint="Can manage users. Administrators must use two-factor authentication."
        error={errors.isAdmin?.message}
        {...form.register('isAdmin')}
      />
      <Button type="submit" busy={update.isPending}>
        Save changes
      </Button>
    </form>
  );
}
