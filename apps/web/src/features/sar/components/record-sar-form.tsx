import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SAR_CHANNEL_LABELS, SAR_CHANNELS } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { noteOrNull, recordSarFormSchema, type RecordSarForm } from '../lib/sar-forms.ts';

const FIELDS = ['receivedOn', 'receivedVia', 'identityChecked', 'note'] as const;

interface RecordSarFormProps {
  clientId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A client asked for everything we hold about them: when and how, and whether we checked it was them. */
export function RecordSarFormPanel({ clientId, onDone, onCancel }: RecordSarFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<RecordSarForm>({
    resolver: zodResolver(recordSarFormSchema),
    defaultValues: {
      receivedOn: todayInLondon(),
      receivedVia: 'in_person',
      identityChecked: false,
      note: '',
    },
  });
  const { errors } = form.formState;
  const record = useMutation(
    trpc.sar.record.mutationOptions({
      onSuccess: async (request) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.sar.forClient.queryKey({ personId: clientId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.deadlines.pathKey() }),
        ]);
        onDone(`The request is recorded. The answer is due by ${formatCalendarDate(request.due)}.`);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Record a request for their data"
      onSubmit={form.handleSubmit((values) =>
        record.mutate({ personId: clientId, ...values, note: noteOrNull(values.note) }),
      )}
    >
      <FormError error={record.error} fields={FIELDS} />
      <TextField
        label="Received on"
        type="date"
        max={todayInLondon()}
        className="field--medium"
        hint="The month to answer runs from this day."
        error={errors.receivedOn?.message}
        {...form.register('receivedOn')}
      />
      <SelectField
        label="How it reached us"
        error={errors.receivedVia?.message}
        {...form.register('receivedVia')}
      >
        {SAR_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {SAR_CHANNEL_LABELS[channel]}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label="We are satisfied it is the client asking"
        hint="Reasonable checks only: a request is valid however it is made."
        error={errors.identityChecked?.message}
        {...form.register('identityChecked')}
      />
      <TextAreaField
        label="Note (optional)"
        rows={3}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={record.isPending}>
          Record the request
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={record.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
