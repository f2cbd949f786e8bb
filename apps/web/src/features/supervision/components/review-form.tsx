import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { addCalendarDays, REVIEW_ACTIONS_MAX } from '@umbrella/domain';
import { useMemo, useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { Fieldset, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useRefreshAfterReview } from '../lib/review-cache.ts';
import {
  blankAction,
  blankReview,
  reviewFormFields,
  reviewFormSchema,
  reviewSavedText,
  toRecordReviewInput,
} from '../lib/review-form.ts';

interface ReviewFormProps {
  personId: string;
  /** Today in London, from the server. */
  today: string;
  /** The organisation's review interval: the next review is suggested this many days ahead. */
  intervalDays: number | undefined;
  /** A closed case can be reviewed (a closing review) but agrees no actions. */
  caseClosed: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const ERROR_MESSAGES = {
  FORBIDDEN: 'Only supervisors can record a supervision review.',
};

/**
 * A supervisor's review of the case: the notes (seen only by supervisors and the caseworkers on the case),
 * the actions agreed, each of which becomes a deadline on the case, and when to review it next.
 */
export function ReviewForm({ personId, today, intervalDays, caseClosed, onDone, onCancel }: ReviewFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterReview();
  const schema = useMemo(() => reviewFormSchema(today), [today]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: blankReview(today, intervalDays) });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' });
  const { errors } = form.formState;
  const addRef = useRef<HTMLButtonElement>(null);
  const serverFields = reviewFormFields(fields.length);

  const record = useMutation(
    trpc.supervision.recordReview.mutationOptions({
      onSuccess: async (review) => {
        await refresh(personId);
        onDone(reviewSavedText(review.actions.length, review.nextReviewOn));
      },
      onError: (error) => applyFieldErrors(error, form.setError, serverFields),
    }),
  );

  const full = fields.length >= REVIEW_ACTIONS_MAX;

  return (
    <form
      noValidate
      className="inline-form review-form"
      aria-label="Record a supervision review"
      onSubmit={form.handleSubmit((values) => record.mutate(toRecordReviewInput(values, personId)))}
    >
      <FormError error={record.error} fields={serverFields} messages={ERROR_MESSAGES} />
      <p className="muted">Reviewed today, {formatCalendarDate(today)}.</p>
      <TextAreaField
        label="Notes"
        hint="Seen only by supervisors and the caseworkers on the case; never on the timeline or in a chronology."
        rows={6}
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
        <Button type="submit" busy={record.isPending}>
          Record the review
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={record.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
