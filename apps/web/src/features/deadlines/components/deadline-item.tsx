import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { DEADLINE_CONFLICT_MESSAGE, waiveFormSchema } from '../lib/deadline-form.ts';
import { STATUS_LABELS } from '../lib/format.ts';
import type { DeadlineStatus, DeadlineView } from '../lib/types.ts';
import { useRefreshDeadlines } from '../lib/use-deadline-cache.ts';
import { Certainty, DueDate } from './deadline-facts.tsx';

const STATUS_TONE = { open: 'info', met: 'success', missed: 'danger', waived: 'neutral' } as const;

const DONE_MESSAGES: Record<DeadlineStatus, string> = {
  open: 'open again.',
  met: 'marked as met.',
  missed: 'marked as missed.',
  waived: 'marked as waived.',
};

/** One deadline on a client's profile: what it is, when, why that date, and what can be done with it. */
export function DeadlineItem({
  deadline,
  onNotice,
}: {
  deadline: DeadlineView;
  /** Said in the section (the item moves between the open and closed lists when its status changes). */
  onNotice: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshDeadlines();
  const headingId = useId();
  const setStatus = useMutation(
    trpc.deadlines.setStatus.mutationOptions({
      onSuccess: async (updated) => {
        await refresh(deadline.personId);
        onNotice(`“${updated.title}”: ${DONE_MESSAGES[updated.status]}`);
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh(deadline.personId);
      },
    }),
  );
  const change = (status: DeadlineStatus) => {
    onNotice(null);
    setStatus.mutate({ id: deadline.id, version: deadline.version, status });
  };
  const open = deadline.status === 'open';

  return (
    <article
      className={['deadline', deadline.overdue ? 'deadline--overdue' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <header className="deadline__header">
        <h3 id={headingId} className="deadline__title">
          {deadline.title}
        </h3>
        {open ? null : <Badge tone={STATUS_TONE[deadline.status]}>{STATUS_LABELS[deadline.status]}</Badge>}
      </header>
      <p className="deadline__due">
        <DueDate deadline={deadline} />
      </p>
      <p className="deadline__meta">
        {deadline.matterKind ? MATTER_KIND_LABELS[deadline.matterKind] : 'Not linked to a matter'}
        {' · '}
        <Certainty deadline={deadline} />
      </p>
      <p className="deadline__explanation">{deadline.explanation}</p>
      {deadline.statusReason ? <p className="muted">Reason: {deadline.statusReason}</p> : null}

      <FormError error={setStatus.error} messages={{ CONFLICT: DEADLINE_CONFLICT_MESSAGE }} />
      <div className="deadline__actions">
        {open ? (
          <>
            <div className="button-row">
              <Button
                variant="secondary"
                className="button--small"
                busy={setStatus.isPending && setStatus.variables.status === 'met'}
                disabled={setStatus.isPending}
                onClick={() => change('met')}
                aria-describedby={headingId}
              >
                Mark met
              </Button>
              <Button
                variant="secondary"
                className="button--small"
                busy={setStatus.isPending && setStatus.variables.status === 'missed'}
                disabled={setStatus.isPending}
                onClick={() => change('missed')}
                aria-describedby={headingId}
              >
                Mark missed
              </Button>
            </div>
            <Reveal label="Waive…" className="deadline__waive">
              {(done) => (
                <WaiveForm
                  deadline={deadline}
                  onDone={(message) => {
                    onNotice(message);
                    done();
                  }}
                  onCancel={done}
                />
              )}
            </Reveal>
          </>
        ) : (
          <Button
            variant="secondary"
            className="button--small"
            busy={setStatus.isPending}
            busyLabel="Reopening…"
            onClick={() => change('open')}
            aria-describedby={headingId}
          >
            Reopen
          </Button>
        )}
      </div>
    </article>
  );
}

const WAIVE_FIELDS = ['reason'] as const;

function WaiveForm({
  deadline,
  onDone,
  onCancel,
}: {
  deadline: DeadlineView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshDeadlines();
  const form = useForm({ resolver: zodResolver(waiveFormSchema), defaultValues: { reason: '' } });
  const { errors } = form.formState;
  const waive = useMutation(
    trpc.deadlines.setStatus.mutationOptions({
      onSuccess: async (updated) => {
        await refresh(deadline.personId);
        onDone(`“${updated.title}”: ${DONE_MESSAGES.waived}`);
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh(deadline.personId);
        applyFieldErrors(error, form.setError, WAIVE_FIELDS);
      },
    }),
  );
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Waive this deadline"
      onSubmit={form.handleSubmit((values) =>
        waive.mutate({ id: deadline.id, version: deadline.version, status: 'waived', reason: values.reason }),
      )}
    >
      <FormError
        error={waive.error}
        fields={WAIVE_FIELDS}
        messages={{ CONFLICT: DEADLINE_CONFLICT_MESSAGE }}
      />
      <TextAreaField
        label="Why is it waived?"
        hint="For example: the Home Office agreed to extend the time limit, or the client chose not to appeal."
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <div className="button-row">
        <Button type="submit" busy={waive.isPending}>
          Waive deadline
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={waive.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
