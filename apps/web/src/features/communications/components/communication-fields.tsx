import type { ReactNode } from 'react';
import type { FieldError, SetValueConfig, UseFormRegisterReturn } from 'react-hook-form';
import { TextAreaField, TextField } from '../../../components/field.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import type { COMMUNICATION_FIELDS } from '../lib/communication-fields.ts';
import { CounterpartFields } from './counterpart-fields.tsx';

type Field = (typeof COMMUNICATION_FIELDS)[number];

/** What these fields use of a form (the log or the edit form), whatever other fields it has. */
interface FieldsForm {
  register: (name: Field) => UseFormRegisterReturn;
  watch: (name: 'agencyId' | 'contactId') => string;
  setValue: (name: 'agencyId' | 'contactId', value: string, options?: SetValueConfig) => void;
  formState: { isSubmitted: boolean; errors: Partial<Record<Field, FieldError>> };
}

interface CommunicationFieldsProps {
  form: FieldsForm;
  /** "Date sent", "Date received", "Date it took place". */
  dateLabel: string;
  bodyLabel: string;
  bodyRows: number;
  /** Fields that belong with who it was with (the log form's "Who it goes to"). */
  afterCounterpart?: ReactNode;
  /** No name is asked for (with the client themself, recorded as with the client). */
  nameHidden?: boolean;
}

/** Who it was with, when, the subject and the text: the fields the log and edit forms share. */
export function CommunicationFields({
  form,
  dateLabel,
  bodyLabel,
  bodyRows,
  afterCounterpart,
  nameHidden = false,
}: CommunicationFieldsProps) {
  const { errors } = form.formState;
  return (
    <>
      <CounterpartFields
        agencyId={form.watch('agencyId')}
        contactId={form.watch('contactId')}
        onAgencyChange={(id) => {
          form.setValue('agencyId', id, { shouldValidate: form.formState.isSubmitted });
          form.setValue('contactId', '');
        }}
        contact={form.register('contactId')}
        name={form.register('counterpartName')}
        nameHidden={nameHidden}
        errors={{
          agencyId: errors.agencyId?.message,
          contactId: errors.contactId?.message,
          counterpartName: errors.counterpartName?.message,
        }}
      />
      {afterCounterpart}
      <TextField
        label={dateLabel}
        type="date"
        max={todayInLondon()}
        className="field--medium"
        error={errors.occurredOn?.message}
        {...form.register('occurredOn')}
      />
      <TextField
        label="Subject"
        maxLength={300}
        autoComplete="off"
        error={errors.subject?.message}
        {...form.register('subject')}
      />
      <TextAreaField
        label={bodyLabel}
        rows={bodyRows}
        error={errors.body?.message}
        {...form.register('body')}
      />
    </>
  );
}
