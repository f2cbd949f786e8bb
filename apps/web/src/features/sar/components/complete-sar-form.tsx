import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { completeSarFormSchema, noteOrNull, type CompleteSarForm } from '../lib/sar-forms.ts';
import type { SarView } from '../lib/types.ts';

const FIELDS = ['completedOn', 'note'] as const;

interface CompleteSarFormProps {
  clientId: string;
  request: SarView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The client has been given their data: the request is answered and its deadline met. */
export function CompleteSarFormPanel({ clientId, request, onDone, onCancel }: CompleteSarFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<CompleteSarForm>({
    resolver: zodResolver(completeSarFormSchema),
    defaultValues: { completedOn: todayInLondon(), note: '' },
  });
  const { errors } = form.formState;
  const complete = useMutation(
    trpc.sar.complete.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.sar.forClient.queryKey({ personId: clientId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.deadlines.pathKey() }),
        ]);
        onDone('The request is marked as answered and its deadline as met.');
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Mark the request as answered"
      onSubmit={form.handleSubmit((values) =>
        complete.mutate({
          id: request.id,
          version: request.version,
          completedOn: values.completedOn,
          note: noteOrNull(values.note),
        }),
      )}
    >
      <FormError error={complete.error} fields={FIELDS} />
      <TextField
        label="Given to the client on"
        type="date"
        min={request.receivedOn}
        max={todayInLondon()}
        className="field--medium"
        error={errors.completedOn?.message}
        {...form.register('completedOn')}
      />
      <TextAreaField
        label="Note (optional)"
        rows={3}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={complete.isPending}>
          Mark as answered
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={complete.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
