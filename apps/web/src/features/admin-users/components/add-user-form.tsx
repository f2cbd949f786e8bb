import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { createUserInput, ROLE_LABELS, ROLES } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { PASSWORD_RULES } from '../../../lib/passwords.ts';
import { useTRPC } from '../../../trpc.ts';
import { suggestPassword } from '../lib/suggest-password.ts';

const FIELDS = ['displayName', 'email', 'role', 'isAdmin', 'initialPassword'] as const;

export function AddUserForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(createUserInput),
    // Least access by default: the admin raises it deliberately.
    defaultValues: { displayName: '', email: '', role: 'volunteer', isAdmin: false, initialPassword: '' },
  });
  const { errors } = form.formState;
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (user) => {
        queryClient.setQueryData(trpc.users.get.queryKey({ id: user.id }), user);
        void queryClient.invalidateQueries(trpc.users.list.pathFilter());
        form.reset();
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
      {create.isSuccess ? (
        <Alert tone="success">
          <p>
            {create.data.displayName} has been added. Give them their initial password in a safe way (not in
            the same e-mail as their address); they must choose their own when they first sign in.
          </p>
          <p>
            <Link to="/admin/users/$userId" params={{ userId: create.data.id }}>
              View the new user
            </Link>
          </p>
        </Alert>
      ) : null}
      <FormError error={create.error} fields={FIELDS} />
      <TextField
        label="Name"
        autoComplete="off"
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        label="E-mail"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint="They will sign in with this address."
        error={errors.email?.message}
        {...form.register('email')}
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
      <TextField
        label="Initial password"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        className="field--password-text"
        hint={`${PASSWORD_RULES} They must change it when they first sign in.`}
        error={errors.initialPassword?.message}
        {...form.register('initialPassword')}
      />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => form.setValue('initialPassword', suggestPassword(), { shouldValidate: true })}
        >
          Suggest a password
        </Button>
      </div>
      <Button type="submit" busy={create.isPending}>
        Add user
      </Button>
    </form>
  );
}
