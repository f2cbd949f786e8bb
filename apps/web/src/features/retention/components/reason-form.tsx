import { zodResolver } from '@hookform/resolvers/zod';
import { RETENTION_TEXT_MAX } from '@umbrella/domain';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { reasonFormSchema, type ReasonFormValues } from '../lib/reason-form.ts';

interface ReasonFormProps {
  /** Names the form: "Put on legal hold". */
  formLabel: string;
  /** Labels the text box: "Why must this record be kept?". */
  label: string;
  /** What is checked: "The reason" ("Enter the reason"). */
  fieldName: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  /** Wording for particular error codes, e.g. `{ CONFLICT: '…' }`. */
  messages?: Partial<Record<string, string>>;
  /** Resolves when done; a rejection keeps the form open (the error is shown). */
  onSubmit: (text: string) => Promise<unknown>;
  onCancel: () => void;
}

/** A short form with one required text: the reason for a legal hold or a request, the note of a refusal. */
export function ReasonForm({
  formLabel,
  label,
  fieldName,
  hint,
  submitLabel,
  busy,
  error,
  messages,
  onSubmit,
  onCancel,
}: ReasonFormProps) {
  const schema = useMemo(() => reasonFormSchema(fieldName), [fieldName]);
  const form = useForm<ReasonFormValues>({ resolver: zodResolver(schema), defaultValues: { text: '' } });
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={formLabel}
      onSubmit={form.handleSubmit((values) => onSubmit(values.text).catch(() => undefined))}
    >
      <FormError error={error} messages={messages} />
      <TextAreaField
        label={label}
        hint={hint}
        rows={3}
        maxLength={RETENTION_TEXT_MAX}
        error={form.formState.errors.text?.message}
        {...form.register('text')}
      />
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
