import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDate } from '@umbrella/domain';
import { useId } from 'react';
import { useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { Badge } from '../../../components/badge.tsx';
import { TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { FormButtons } from '../../communications/components/form-buttons.tsx';
import { confirmDefaults, confirmFollowUpSchema, dismissFollowUpSchema } from '../lib/follow-up-form.ts';
import { typeLabel } from '../lib/format.ts';
import type { FollowUpView } from '../lib/types.ts';
import { FOLLOW_UP_CONFLICT_MESSAGE, useRefreshAppointments } from '../lib/use-appointment-cache.ts';
import '../appointments.css';

interface FollowUpItemProps {
  followUp: FollowUpView;
  /** On My work: whose it is and which appointment, each a link. On the appointment's page: neither. */
  showSource?: boolean;
  /** Said by the list (the item may leave it once dealt with). */
  onNotice: (message: string | null) => void;
}

/**
 * Something a volunteer said needs doing after an accompaniment. The caseworker decides: it becomes a
 * deadline (title and date theirs to set), or it is dismissed with a reason.
 */
export function FollowUpItem({ followUp: f, showSource = false, onNotice }: FollowUpItemProps) {
  const headingId = useId();
  const reportDay = formatDate(f.appointmentStartsAt);
  return (
    <article className="follow-up" aria-labelledby={headingId}>
      {showSource ? (
        <p className="work-row__client">
          <Link to="/clients/$clientId" params={{ clientId: f.personId }}>
            {f.clientDisplayName}
          </Link>
          <span className="muted">
            {' · '}
            <Link to="/appointments/$appointmentId" params={{ appointmentId: f.appointmentId }}>
              {typeLabel(f.appointmentType)} on {reportDay}
            </Link>
          </span>
        </p>
      ) : null}
      <p id={headingId} className="follow-up__description pre-line">
        {f.description}
      </p>
      <p className="follow-up__meta muted">
        Proposed by {f.volunteer.displayName}
        {showSource ? '' : ` in the report on ${reportDay}`}
        {f.suggestedDue ? (
          <>
            {' · '}suggested due <time dateTime={f.suggestedDue}>{formatCalendarDate(f.suggestedDue)}</time>
          </>
        ) : null}
      </p>
      {f.state === 'confirmed' ? (
        <p>
          <Badge tone="success">Confirmed as a deadline</Badge>
          {f.decidedBy ? (
            <span className="muted">
              {' '}
              by {f.decidedBy.displayName}
              {f.decidedAt ? ` on ${formatDate(f.decidedAt)}` : ''}
            </span>
          ) : null}
        </p>
      ) : f.state === 'dismissed' ? (
        <p>
          <Badge tone="neutral">Dismissed</Badge>
          <span className="muted">
            {f.decidedBy ? ` by ${f.decidedBy.displayName}` : ''}
            {f.decidedAt ? ` on ${formatDate(f.decidedAt)}` : ''}
          </span>
          {f.dismissReason ? <span className="pre-line">. Reason: {f.dismissReason}</span> : null}
        </p>
      ) : (
        <div className="follow-up__actions">
          <Reveal label="Confirm as deadline…" variant="primary">
            {(done) => (
              <ConfirmForm
                followUp={f}
                describedBy={headingId}
                onDone={(message) => {
                  onNotice(message);
                  done();
                }}
                onCancel={done}
              />
            )}
          </Reveal>
          <Reveal label="Dismiss…">
            {(done) => (
              <DismissForm
                followUp={f}
                onDone={(message) => {
                  onNotice(message);
                  done();
                }}
                onCancel={done}
              />
            )}
          </Reveal>
        </div>
      )}
    </article>
  );
}

function useFollowUpCallbacks<T extends FieldValues>(
  followUp: FollowUpView,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  onSaved: () => void,
) {
  const refresh = useRefreshAppointments();
  return {
    onSuccess: async () => {
      await refresh(followUp.personId);
      onSaved();
    },
    onError: (error: unknown) => {
      if (errorCode(error) === 'CONFLICT') void refresh(followUp.personId);
      applyFieldErrors(error, setError, fields);
    },
  };
}

const CONFIRM_FIELDS = ['title', 'due'] as const;

function ConfirmForm({
  followUp,
  describedBy,
  onDone,
  onCancel,
}: {
  followUp: FollowUpView;
  describedBy: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm({
    resolver: zodResolver(confirmFollowUpSchema),
    defaultValues: confirmDefaults(followUp),
  });
  const { errors } = form.formState;
  const confirm = useMutation(
    trpc.appointments.confirmFollowUp.mutationOptions(
      useFollowUpCallbacks(followUp, form.setError, CONFIRM_FIELDS, () => {
        const { title, due } = form.getValues();
        onDone(`Deadline “${title.trim()}” added, due ${formatCalendarDate(due)}.`);
      }),
    ),
  );
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Confirm the follow-up as a deadline"
      aria-describedby={describedBy}
      onSubmit={form.handleSubmit((values) =>
        confirm.mutate({ id: followUp.id, version: followUp.version, ...values }),
      )}
    >
      <FormError
        error={confirm.error}
        fields={CONFIRM_FIELDS}
        messages={{ CONFLICT: FOLLOW_UP_CONFLICT_MESSAGE }}
      />
      <TextField
        label="Deadline title"
        hint="What the deadline will say on the client’s profile and in My work."
        error={errors.title?.message}
        {...form.register('title')}
      />
      <TextField
        label="Due date"
        type="date"
        className="field--medium"
        hint={
          followUp.suggestedDue
            ? 'The date the volunteer suggested.'
            : 'A week from today, unless you change it.'
        }
        error={errors.due?.message}
        {...form.register('due')}
      />
      <FormButtons busy={confirm.isPending} onCancel={onCancel}>
        Add deadline
      </FormButtons>
    </form>
  );
}

const DISMISS_FIELDS = ['reason'] as const;

function DismissForm({
  followUp,
  onDone,
  onCancel,
}: {
  followUp: FollowUpView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm({ resolver: zodResolver(dismissFollowUpSchema), defaultValues: { reason: '' } });
  const dismiss = useMutation(
    trpc.appointments.dismissFollowUp.mutationOptions(
      useFollowUpCallbacks(followUp, form.setError, DISMISS_FIELDS, () =>
        onDone('The follow-up is dismissed.'),
      ),
    ),
  );
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Dismiss the follow-up"
      onSubmit={form.handleSubmit(({ reason }) =>
        dismiss.mutate({ id: followUp.id, version: followUp.version, reason }),
      )}
    >
      <FormError
        error={dismiss.error}
        fields={DISMISS_FIELDS}
        messages={{ CONFLICT: FOLLOW_UP_CONFLICT_MESSAGE }}
      />
      <TextAreaField
        label="Why is no deadline needed?"
        hint="For example: already done, or the solicitor is dealing with it."
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
      <FormButtons busy={dismiss.isPending} onCancel={onCancel}>
        Dismiss follow-up
      </FormButtons>
    </form>
  );
}
