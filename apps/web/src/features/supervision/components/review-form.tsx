import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { addCalendarDays, isBlankReviewDraft, REVIEW_ACTIONS_MAX, REVIEW_NOTES_MAX } from '@umbrella/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DraftStatus } from '../../../components/draft-status.tsx';
import { Fieldset, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshAfterReview } from '../lib/review-cache.ts';
import {
  blankAction,
  blankReview,
  draftFromText,
  draftToReviewValues,
  reviewFormFields,
  reviewFormSchema,
  reviewSavedText,
  reviewValuesToDraft,
  toRecordReviewInput,
} from '../lib/review-form.ts';
import type { ClientSupervision } from '../lib/review-types.ts';
import { useReviewDraft } from '../lib/use-review-draft.ts';

interface ReviewFormProps {
  personId: string;
  /** Today in London, from the server. */
  today: string;
  /** The organisation's review interval: the next review is suggested this many days ahead. */
  intervalDays: number | undefined;
  /** A closed case can be reviewed (a closing review) but agrees no actions. */
  caseClosed: boolean;
  /** The supervisor's own draft of this review, saved as they typed, if any. */
  draft: ClientSupervision['draft'];
  onDone: (message: string) => void;
  /** Closes the form; the draft stays, for later. */
  onCancel: () => void;
}

const ERROR_MESSAGES = {
  FORBIDDEN: 'Only supervisors can record a supervision review.',
};

/**
 * A supervisor's review of the case: the notes (seen only by supervisors and the caseworkers on the case),
 * the actions agreed, each of which becomes a deadline on the case, and when to review it next. Every change
 * is autosaved to the server as the supervisor's own draft (never kept in the browser), so a reload or
 * another browser starts from it; recording the review removes the draft.
 */
export function ReviewForm({
  personId,
  today,
  intervalDays,
  caseClosed,
  draft,
  onDone,
  onCancel,
}: ReviewFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterReview();
  const schema = useMemo(() => reviewFormSchema(today), [today]);
  // The suggestions of a new review, fixed when the form opens (what "Discard draft" goes back to).
  const [blank] = useState(() => blankReview(today, intervalDays));
  // The draft the form started from, until it is discarded.
  const [startedFrom, setStartedFrom] = useState(draft);
  const { autosaver, status } = useReviewDraft(personId, draft?.savedAt ?? null);
  const [initial] = useState(() => (draft ? draftToReviewValues(draft.values, blank, caseClosed) : blank));
  // Nothing written (no notes, no action): the server keeps no draft, so the status line claims none.
  const [nothingWritten, setNothingWritten] = useState(() =>
    isBlankReviewDraft(reviewValuesToDraft(initial)),
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' });
  const { errors } = form.formState;
  const addRef = useRef<HTMLButtonElement>(null);
  const serverFields = reviewFormFields(fields.length);

  // Every change, typed, added or removed, goes to the autosave.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        const typed = reviewValuesToDraft(form.getValues());
        setNothingWritten(isBlankReviewDraft(typed));
        autosaver.change(typed);
      },
    });
  }, [form, autosaver]);

  const record = useMutation(
    trpc.supervision.recordReview.mutationOptions({
      onSuccess: async (review) => {
        // The server removed the draft with the review: nothing more is saved.
        autosaver.stop();
        await refresh(personId);
        onDone(reviewSavedText(review.actions.length, review.nextReviewOn));
      },
      onError: (error) => {
        autosaver.release();
        applyFieldErrors(error, form.setError, serverFields);
      },
    }),
  );

  /** Back to a new review; the empty draft saved at once removes the one on the server. */
  const discard = async () => {
    form.reset(blank);
    setStartedFrom(null);
    setNothingWritten(true);
    autosaver.change(reviewValuesToDraft(blank));
    autosaver.retry();
    // Once the notice (and the button pressed) has gone: the keyboard carries on in the notes.
    requestAnimationFrame(() => form.setFocus('notes'));
  };

  const full = fields.length >= REVIEW_ACTIONS_MAX;

  return (
    <form
      noValidate
      className="inline-form review-form"
      aria-label="Record a supervision review"
      onSubmit={form.handleSubmit(async (values) => {
        // No autosave may land after the review (it would bring the draft back).
        autosaver.hold();
        await autosaver.settled();
        record.mutate(toRecordReviewInput(values, personId));
      })}
    >
      <FormError error={record.error} fields={serverFields} messages={ERROR_MESSAGES} />
      {startedFrom ? (
        <div className="review-form__draft">
          <p>
            <strong>{draftFromText(startedFrom.savedAt)}</strong>: only you can see it. Carry on where you
            left off, or start again.
          </p>
          <ConfirmAction
            label="Discard draft"
            question="Discard this draft? The notes and actions written so far will be lost."
            confirmLabel="Discard draft"
            busy={false}
            onConfirm={discard}
          />
        </div>
      ) : null}
      <p className="muted">Reviewed today, {formatCalendarDate(today)}.</p>
      <TextAreaField
        label="Notes"
        hint="Seen only by supervisors and the caseworkers on the case; never on the timeline or in a chronology."
        rows={6}
        maxLength={REVIEW_NOTES_MAX}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      {caseClosed ? (
        <p className="muted">
          The case file is closed, so this review agrees no actions: reopen the case to agree them.
        </p>
      ) : (
        <Fieldset
          legend="Agreed actions"
          hint="Each action becomes a deadline on the case, so it shows in the key worker’s work."
          error={errors.actions?.message ?? errors.actions?.root?.message}
          className="fieldset--group"
        >
          {fields.length === 0 ? <p className="muted">No actions yet.</p> : null}
          {fields.map((field, index) => {
            const rowErrors = errors.actions?.[index];
            return (
              <Fieldset key={field.id} legend={`Action ${index + 1}`} small className="repeat-row">
                <TextField
                  label="What is to be done"
                  maxLength={200}
                  autoComplete="off"
                  error={rowErrors?.title?.message}
                  {...form.register(`actions.${index}.title`)}
                />
                <TextField
                  label="Due"
                  type="date"
                  min={today}
                  className="field--medium"
                  error={rowErrors?.due?.message}
                  {...form.register(`actions.${index}.due`)}
                />
                <Button
                  variant="secondary"
                  className="button--small"
                  onClick={() => {
                    remove(index);
                    addRef.current?.focus();
                  }}
                >
                  Remove<span className="visually-hidden"> action {index + 1}</span>
                </Button>
              </Fieldset>
            );
          })}
          <Button
            ref={addRef}
            variant="secondary"
            aria-disabled={full || undefined}
            onClick={() => {
              if (!full) append(blankAction(today), { focusName: `actions.${fields.length}.title` });
            }}
          >
            Add an action
          </Button>
          {full ? <p className="field__hint">At most {REVIEW_ACTIONS_MAX} actions in one review.</p> : null}
        </Fieldset>
      )}
      <TextField
        label="Next review by"
        type="date"
        min={addCalendarDays(today, 1)}
        className="field--medium"
        hint="Suggested from the usual review interval. Leave it empty to use that interval."
        error={errors.nextReviewOn?.message}
        {...form.register('nextReviewOn')}
      />
      <div className="button-row">
        <Button type="submit" busy={record.isPending || form.formState.isSubmitting}>
          Record the review
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={record.isPending}>
          Close
        </Button>
      </div>
      <DraftStatus
        status={nothingWritten && !status.unsaved ? { ...status, savedAt: null } : status}
        today={today}
      />
    </form>
  );
}
