import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  CHANNEL_LABELS,
  CHANNELS,
  communicationHeading,
  DIRECTION_LABELS,
  DIRECTIONS,
  isDisclosingCommunication,
  isSpokenChannel,
} from '@umbrella/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorCode, fieldErrors } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshDisclosures } from '../../disclosures/lib/use-disclosure-cache.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import {
  approvalFormSchema,
  firewallRefusal,
  LOG_FIELDS,
  logFormSchema,
  toApprovalInput,
  toCreateInput,
  withClient,
  WRITTEN_CHANNELS,
  type LogDraft,
} from '../lib/log-form.ts';
import { sharingStatus } from '../lib/sharing.ts';
import type { CommunicationView } from '../lib/types.ts';
import { useAttachmentUploads } from '../lib/use-attachment-uploads.ts';
import { useRefreshCommunications } from '../lib/use-communication-cache.ts';
import { AttachmentInput } from './attachment-input.tsx';
import { CommunicationFields } from './communication-fields.tsx';
import { FormButtons } from './form-buttons.tsx';
import { MatterOptions } from './matter-options.tsx';
import { RecipientSelect, SharingPanel } from './sharing-fields.tsx';

interface LogCommunicationFormProps {
  personId: string;
  matters: readonly MatterView[];
  /** What the form starts from: empty, a drafted chaser, a confirmation of a call. */
  draft: LogDraft;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Said when the form closes after asking a supervisor. */
export const AWAITING_APPROVAL_MESSAGE = 'Not logged as sent: it is waiting for a supervisor’s approval.';

const validateLog = zodResolver(logFormSchema);
const validateApproval = zodResolver(approvalFormSchema);

const logged = (c: CommunicationView) => {
  const due = c.replyDue ? ` A reply is due by ${formatCalendarDate(c.replyDue)}.` : '';
  return `${communicationHeading(c.channel, c.direction)} on ${formatCalendarDate(c.occurredOn)}, “${c.subject}”, has been logged.${due}`;
};

/**
 * Logs a letter, e-mail, form, fax, call or meeting with a client's agencies: sent or received, with whom,
 * when, about what, and for something sent whether a reply is expected; files are uploaded as they are chosen.
 * Something sent passes the disclosure firewall: the form asks it as the recipient is chosen and, when the
 * client's consent does not cover it (or it goes to Immigration Enforcement), the form asks a supervisor to
 * approve it, with a legal basis, instead of logging it.
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
  const refreshDisclosures = useRefreshDisclosures();
  const uploads = useAttachmentUploads(personId);
  const formRef = useRef<HTMLFormElement>(null);
  const waitId = useId();
  // Which rules apply is decided by the firewall, not by the form: the resolver reads the current answer.
  const approvalPath = useRef(false);
  const form = useForm({
    resolver: (values, context, options) =>
      (approvalPath.current ? validateApproval : validateLog)(values, context, options),
    defaultValues: draft.values,
  });
  const { errors } = form.formState;
  const [direction, channel, expectsReply, agencyId, recipientCategory] = form.watch([
    'direction',
    'channel',
    'expectsReply',
    'agencyId',
    'recipientCategory',
  ]);
  const outgoing = direction === 'outgoing';
  const spoken = isSpokenChannel(channel);
  // Something sent, or a call or meeting either way (information is shared in a conversation): it passes the
  // disclosure firewall, so the form asks with whom and what it shares.
  const discloses = isDisclosingCommunication({ direction, channel });
  // A chaser or a written confirmation is something sent in writing: only those choices are offered.
  const linked = Boolean(draft.links.chaserOfId ?? draft.links.confirmsId);

  // What the firewall says about sending to this agency, or this kind of recipient, now.
  const recipient = {
    agencyId: agencyId || null,
    recipientCategory: agencyId ? null : recipientCategory || null,
  };
  const hasRecipient = Boolean(recipient.agencyId ?? recipient.recipientCategory);
  const check = useQuery({
    ...trpc.disclosures.check.queryOptions({ personId, ...recipient }),
    enabled: discloses && hasRecipient,
  });
  // The server refused to log it (the firewall's explanation): it now goes to a supervisor.
  const [refusal, setRefusal] = useState<{ text: string; for: string } | null>(null);
  const recipientKey = `${recipient.agencyId ?? ''}|${recipient.recipientCategory ?? ''}`;
  const refused = refusal?.for === recipientKey ? refusal.text : null;
  const status = discloses && hasRecipient ? sharingStatus(check.data?.decision, refused) : null;
  const needsApproval = status?.tone === 'blocked';
  approvalPath.current = needsApproval;

  const create = useMutation(
    trpc.communications.create.mutationOptions({
      onSuccess: async (communication) => {
        await Promise.all([refresh(personId), refreshDisclosures(personId)]);
        onDone(logged(communication));
      },
      onError: async (error) => {
        const explanation = errorCode(error) === 'BAD_REQUEST' ? firewallRefusal(fieldErrors(error)) : null;
        if (explanation && discloses && hasRecipient) {
          // Held back by the firewall (a consent withdrawn meanwhile, say): ask again, then offer approval.
          const fresh = await check.refetch();
          if (fresh.data?.decision.outcome === 'needs_approval') {
            create.reset();
            setRefusal({ text: explanation, for: recipientKey });
            requestAnimationFrame(() => form.setFocus('legalBasis'));
            return;
          }
        }
        applyFieldErrors(error, form.setError, LOG_FIELDS);
      },
    }),
  );

  const request = useMutation(
    trpc.disclosures.requestApproval.mutationOptions({
      onSuccess: async () => {
        await refreshDisclosures(personId);
        onDone(AWAITING_APPROVAL_MESSAGE);
      },
      onError: (error) => {
        // No longer held back (a consent recorded meanwhile): the form goes back to logging it.
        if (firewallRefusal(fieldErrors(error))) {
          setRefusal(null);
          void check.refetch();
        }
        applyFieldErrors(error, form.setError, LOG_FIELDS);
      },
    }),
  );
  const busy = create.isPending || request.isPending;
  const failure = request.error ?? create.error;

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
        if (needsApproval) {
          create.reset();
          request.mutate(toApprovalInput(values, personId, draft.links, uploads.storedIds));
        } else {
          request.reset();
          create.mutate(toCreateInput(values, personId, draft.links, uploads.storedIds));
        }
      })}
    >
      <FormError error={failure} fields={[...LOG_FIELDS, 'attachmentIds']} />
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
        nameHidden={withClient({ direction, channel, agencyId, recipientCategory })}
        afterCounterpart={discloses && !agencyId ? <RecipientSelect form={form} spoken={spoken} /> : null}
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
      {discloses ? (
        <SharingPanel
          form={form}
          status={status}
          checking={check.isFetching}
          checkError={check.isError ? check.error : null}
          hasRecipient={hasRecipient}
          spoken={spoken}
          limits={check.data?.limits ?? []}
        />
      ) : null}
      <AttachmentInput uploads={uploads} error={fieldErrors(failure).attachmentIds?.[0]} />
      <FormButtons
        busy={busy}
        busyLabel={needsApproval ? 'Asking…' : 'Logging…'}
        disabled={uploads.uploading}
        aria-describedby={uploads.uploading ? waitId : undefined}
        onCancel={onCancel}
      >
        {needsApproval ? 'Ask a supervisor to approve' : 'Log communication'}
      </FormButtons>
      {uploads.uploading ? (
        <p id={waitId} className="muted">
          Wait for the files to finish uploading before {needsApproval ? 'asking' : 'logging it'}.
        </p>
      ) : null}
    </form>
  );
}
