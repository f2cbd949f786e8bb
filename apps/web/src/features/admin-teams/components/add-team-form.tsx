import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { createTeamInput } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';

const FIELDS = ['name'] as const;

export function AddTeamForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(createTeamInput), defaultValues: { name: '' } });
  const create = useMutation(
    trpc.teams.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.teams.list.queryFilter());
        form.reset();
      },
      // A name already taken comes back as a message for the name field.
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
      {create.isSuccess ? (
        <Alert tone="success">
          <p>The team {create.data.name} has been added. It has no members yet.</p>
          <p>
            <Link to="/admin/teams/$teamId" params={{ teamId: create.data.id }}>
              Choose its members
            </Link>
          </p>
        </Alert>
      ) : null}
      <FormError error={create.error} fields={FIELDS} />
      <TextField
        label="Team name"
        autoComplete="off"
        hint="For example, the area or kind of work, such as “North London team”."
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
      <Button type="submit" busy={create.isPending} busyLabel="Adding…">
        Add team
      </Button>
    </form>
  );
}
