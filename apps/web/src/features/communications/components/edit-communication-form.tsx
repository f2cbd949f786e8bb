import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { EDIT_FIELDS, editFormSchema, editFormValues, toUpdateInput } from '../lib/edit-form.ts';
import type { CommunicationView } from '../lib/types.ts';
import { COMMUNICATION_CONFLICT_MESSAGE, useChangeCallbacks } from '../lib/use-communication-cache.ts';
import { CommunicationFields } from './communication-fields.tsx';
import { FormButtons } from './form-buttons.tsx';

/** Corrects what was logged (who, when, the subject and text) or moves the date a reply is due. */
export function EditCommunicationForm({
  communication,
  onDone,
  onCancel,
}: {
  communication: CommunicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm({
    resolver: zodResolver(editFormSchema),
    defaultValues: editFormValues(communication),
  });
  const { errors } = form.formState;
  const callbacks = useChangeCallbacks(communication, form, EDIT_FIELDS, () =>
    onDone('Your changes have been saved.'),
  );
  const update = useMutation(trpc.communications.update.mutationOptions(callbacks));
  const outgoing = communication.direction === 'outgoing';
  // Approved by a supervisor (sent without consent, or to Immigration Enforcement): frozen as approved.
  const decidedAt = communication.disclosure?.decidedAt;
  const approvedOn = decidedAt ? todayInLondon(new Date(decidedAt)) : null;
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Edit this communication"
      onSubmit={form.handleSubmit((values) => update.mutate(toUpdateInput(communication, values)))}
    >
      <FormError
        error={update.error}
        fields={EDIT_FIELDS}
        messages={{ CONFLICT: COMMUNICATION_CONFLICT_MESSAGE }}
      />
      {approvedOn ? (
        <>
          <p className="muted">
            A supervisor approved this as it stands: who it went to, its subject and its text cannot be
            changed.
            {outgoing
              ? ' It may be re-dated, but not to before the day it was approved.'
              : ' Nor can the day it took place.'}
          </p>
          {outgoing ? (
            <TextField
              label="Date sent"
              type="date"
              min={approvedOn}
              max={todayInLondon()}
              className="field--medium"
              error={errors.occurredOn?.message}
              {...form.register('occurredOn')}
            />
          ) : null}
        </>
      ) : (
        <CommunicationFields
          form={form}
          dateLabel={outgoing ? 'Date sent' : 'Date received'}
          bodyLabel="Text or a summary of it"
          bodyRows={8}
        />
      )}
      {communication.replyState ? (
        <TextField
          label="Reply due by"
          type="date"
          className="field--medium"
          hint="Empty it to work the date out again from the agency’s usual time to reply or, without one, 10 working days."
          error={errors.replyDue?.message}
          {...form.register('replyDue')}
        />
      ) : null}
      <FormButtons busy={update.isPending} onCancel={onCancel}>
        Save changes
      </FormButtons>
    </form>
  );
}
