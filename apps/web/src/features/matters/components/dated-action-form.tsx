import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { datedNoteFormSchema, MATTER_CONFLICT_MESSAGE } from '../lib/stage-form.ts';

const FIELDS = ['occurredOn', 'note'] as const;

interface DatedActionFormProps {
  label: string;
  submitLabel: string;
  busyLabel: string;
  intro?: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: { occurredOn: string; note: string | null }) => Promise<unknown>;
  onCancel: () => void;
}

/** Closing or reopening a matter: when it happened, and a note. */
export function DatedActionForm({
  label,
  submitLabel,
  busyLabel,
  intro,
  busy,
  error,
  onSubmit,
  onCancel,
}: DatedActionFormProps) {
  const form = useForm({
    resolver: zodResolver(datedNoteFormSchema),
    defaultValues: { occurredOn: todayInLondon(), note: '' },
  });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={label}
      onSubmit={form.handleSubmit((values) =>
        onSubmit(values).catch((e: unknown) => applyFieldErrors(e, form.setError, FIELDS)),
      )}
    >
      {intro ? <p>{intro}</p> : null}
      <FormError error={error} fields={FIELDS} messages={{ CONFLICT: MATTER_CONFLICT_MESSAGE }} />
      <TextField
        label="Date"
        type="date"
        max={todayInLondon()}
        className="field--medium"
        error={errors.occurredOn?.message}
        {...form.register('occurredOn')}
      />
      <TextAreaField
        label="Note (optional)"
        rows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="button-row">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
