import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { occurredOnSchema } from '../../matters/lib/stage-form.ts';
import { useRefreshClient } from '../lib/use-client-cache.ts';

const schema = z.object({
  matterId: z.string(),
  occurredOn: occurredOnSchema,
  note: z.string().trim().min(1, 'Write the note').max(10_000, 'A note must be at most 10,000 characters'),
  sensitive: z.boolean(),
});
const FIELDS = ['matterId', 'occurredOn', 'note', 'sensitive'] as const;

interface AddNoteFormProps {
  clientId: string;
  matters: readonly MatterView[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A dated note on the case, or on one of its matters; it appears on the timeline. A note marked sensitive is
 * stored encrypted and shown with a "Sensitive" badge.
 */
export function AddNoteForm({ clientId, matters, onDone, onCancel }: AddNoteFormProps) {
  const trpc = useTRPC();
  const refreshClient = useRefreshClient();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { matterId: '', occurredOn: todayInLondon(), note: '', sensitive: false },
  });
  const { errors } = form.formState;
  const add = useMutation(
    trpc.clients.addNote.mutationOptions({
      onSuccess: async (event) => {
        await refreshClient(clientId);
        onDone(`The note for ${formatCalendarDate(event.occurredOn)} has been added to the timeline.`);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Add a note"
      onSubmit={form.handleSubmit((values) =>
        add.mutate({
          personId: clientId,
          matterId: values.matterId || null,
          occurredOn: values.occurredOn,
          note: values.note,
          sensitive: values.sensitive,
        }),
      )}
    >
      <FormError error={add.error} fields={FIELDS} />
      <SelectField label="About" error={errors.matterId?.message} {...form.register('matterId')}>
        <option value="">The case as a whole</option>
        {matters.map((matter) => (
          <option key={matter.id} value={matter.id}>
            {MATTER_KIND_LABELS[matter.kind]} ({matter.stageLabel})
          </option>
        ))}
      </SelectField>
      <TextField
        label="Date"
        type="date"
        max={todayInLondon()}
        className="field--medium"
        hint="When it happened."
        error={errors.occurredOn?.message}
        {...form.register('occurredOn')}
      />
      <TextAreaField label="Note" rows={5} error={errors.note?.message} {...form.register('note')} />
      <CheckboxField
        label="Sensitive: encrypt this note"
        hint="For what must never leak: it is stored encrypted and marked “Sensitive” on the timeline."
        error={errors.sensitive?.message}
        {...form.register('sensitive')}
      />
      <div className="button-row">
        <Button type="submit" busy={add.isPending}>
          Add note
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={add.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
