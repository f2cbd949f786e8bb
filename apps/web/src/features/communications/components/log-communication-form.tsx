import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import {
  CHANNEL_LABELS,
  CHANNELS,
  communicationHeading,
  DIRECTION_LABELS,
  DIRECTIONS,
  isSpokenChannel,
} from '@umbrella/domain';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { fieldErrors } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import {
  LOG_FIELDS,
  logFormSchema,
  toCreateInput,
  WRITTEN_CHANNELS,
  type LogDraft,
} from '../lib/log-form.ts';
import type { CommunicationView } from '../lib/types.ts';
import { useAttachmentUploads } from '../lib/use-attachment-uploads.ts';
import { useRefreshCommunications } from '../lib/use-communication-cache.ts';
import { AttachmentInput } from './attachment-input.tsx';
import { CommunicationFields } from './communication-fields.tsx';
import { FormButtons } from './form-buttons.tsx';
import { MatterOptions } from './matter-options.tsx';

interface LogCommunicationFormProps {
  personId: string;
  matters: readonly MatterView[];
  /** What the form starts from: empty, a drafted chaser, a confirmation of a call. */
  draft: LogDraft;
  onDone: (message: string, logged: CommunicationView) => void;
  onCancel: () => void;
}

const logged = (c: CommunicationView) => {
  const due = c.replyDue ? ` A reply is due by ${formatCalendarDate(c.replyDue)}.` : '';
  return `${communicationHeading(c.channel, c.direction)} on ${formatCalendarDate(c.occurredOn)}, “${c.subject}”, has been logged.${due}`;
};

/**
 * Logs a letter, e-mail, form, fax, call or meeting with a client's agencies: sent or received, with whom,
 * when, about what, and for something sent whether a reply is expected; files are uploaded as they are chosen.
 */
export function LogCommunicationForm({
  personId,
  matters,
  draft,
  onDone,
  onCancel,
}: LogCommunicationFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCommunications();
  const uploads = useAttachmentUploads(personId);
  const formRef = useRef<HTMLFormElement>(null);
  const waitId = useId();
  const form = useForm({ resolver: zodResolver(logFormSchema), defaultValues: draft.values });
  const { errors } = form.formState;
  const [direction, channel, expectsReply] = form.watch(['direction', 'channel', 'expectsReply']);
  const outgoing = direction === 'outgoing';
  const spoken = isSpokenChannel(channel);
  // A chaser or a written confirmation is something sent in writing: only those choices are offered.
  const linked = Boolean(draft.links.chaserOfId ?? draft.links.confirmsId);

  const create = useMutation(
    trpc.communications.create.mutationOptions({
      onSuccess: async (communication) => {
        await refresh(personId);
        onDone(logged(communication), communication);
      },
      onError: (error) => applyFieldErrors(error, form.setError, LOG_FIELDS),
    }),
  );

  // A prefilled form opens after its draft loads: put the caseworker at its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      noValidate
      className="inline-form communication-form"
      aria-label={draft.title}
      onSubmit={form.handleSubmit((values) => {
        if (uploads.uploading) return;
        create.mutate(toCreateInput(values, personId, draft.links, uploads.storedIds));
      })}
    >
      <FormError error={create.error} fields={[...LOG_FIELDS, 'attachmentIds']} />
      {linked ? null : (
        <Fieldset legend="Sent or received?" small error={errors.direction?.message}>
          <div className="radio-row">
            {DIRECTIONS.map((value) => (
              <label key={value} className="radio">
                <input type="radio" value={value} {...form.register('direction')} /> {DIRECTION_LABELS[value]}
              </label>
            ))}
          </div>
        </Fieldset>
      )}
      <SelectField label="How" error={errors.channel?.message} {...form.register('channel')}>
        {(linked ? WRITTEN_CHANNELS : CHANNELS).map((value) => (
          <option key={value} value={value}>
            {CHANNEL_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Matter (optional)" error={errors.matterId?.message} {...form.register('matterId')}>
        <MatterOptions matters={matters} emptyLabel="Not about one matter" />
      </SelectField>
      <CommunicationFields
        form={form}
        dateLabel={spoken ? 'Date it took place' : outgoing ? 'Date sent' : 'Date received'}
        bodyLabel={spoken ? 'What was said (optional)' : 'Text or a summary of it (optional)'}
        bodyRows={linked ? 10 : 5}
      />
      {outgoing ? (
        <CheckboxField
          label="Expects a reply"
          hint="It is listed in My work if no reply has been logged by the date it is due."
          error={errors.expectsReply?.message}
          {...form.register('expectsReply')}
        />
      ) : null}
      {outgoing && expectsReply ? (
        <TextField
          label="Reply due by (optional)"
          type="date"
          className="field--medium"
          hint="Leave it empty to use the agency’s usual time to reply or, without one, 10 working days."
          error={errors.replyDue?.message}
          {...form.register('replyDue')}
        />
      ) : null}
      {spoken ? (
        <CheckboxField
          label="Confirm this in writing"
          hint="It stays in My work until a letter or e-mail confirming what was said is logged."
          {...form.register('confirmInWriting')}
        />
      ) : null}
      <AttachmentInput uploads={uploads} error={fieldErrors(create.error).attachmentIds?.[0]} />
      <FormButtons
        busy={create.isPending}
        busyLabel="Logging…"
        disabled={uploads.uploading}
        aria-describedby={uploads.uploading ? waitId : undefined}
        onCancel={onCancel}
      >
        Log communication
      </FormButtons>
      {uploads.uploading ? (
        <p id={waitId} className="muted">
          Wait for the files to finish uploading before logging it.
        </p>
      ) : null}
    </form>
  );
}
