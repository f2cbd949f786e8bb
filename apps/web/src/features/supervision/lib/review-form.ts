import {
  addCalendarDays,
  londonDateOf,
  londonTimeOf,
  REVIEW_ACTIONS_MAX,
  REVIEW_NOTES_MAX,
  type ReviewDraft,
} from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, isCalendarDate } from '../../../lib/dates.ts';
import type { RecordReviewInput } from './review-types.ts';

/** The next review is suggested this many days ahead when the organisation's interval is not known. */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;

/**
 * The review form, checked in the page before it is sent: the notes, the agreed actions (each becomes a
 * deadline on the case, so it is due today or later) and the next review, which must be after today.
 */
export function reviewFormSchema(today: string) {
  return z.object({
    notes: z
      .string()
      .trim()
      .min(1, 'Write the notes of the review')
      .max(
        REVIEW_NOTES_MAX,
        `The notes must be at most ${REVIEW_NOTES_MAX.toLocaleString('en-GB')} characters`,
      ),
    actions: z
      .array(
        z.object({
          title: z
            .string()
            .trim()
            .min(1, 'Say what is to be done')
            .max(200, 'Keep the action to 200 characters or fewer'),
          due: z
            .string()
            .refine(isCalendarDate, {
              message: 'Enter the date it is due, for example 23 Nov 2026',
              abort: true,
            })
            .refine(
              (due) => due >= today,
              `The action cannot be due before today (${formatCalendarDate(today)})`,
            ),
        }),
      )
      .max(REVIEW_ACTIONS_MAX, `At most ${REVIEW_ACTIONS_MAX} actions in one review`),
    nextReviewOn: z
      .string()
      .refine(
        (d) => d === '' || isCalendarDate(d),
        'Enter the date of the next review, for example 21 Feb 2027',
      )
      .refine(
        (d) => d === '' || !isCalendarDate(d) || d > today,
        `The next review must be after today (${formatCalendarDate(today)})`,
      ),
  });
}

export type ReviewFormValues = z.input<ReturnType<typeof reviewFormSchema>>;
export type ReviewFormOutput = z.output<ReturnType<typeof reviewFormSchema>>;

/** An empty review, with the next one suggested after the organisation's review interval. */
export function blankReview(today: string, intervalDays = DEFAULT_REVIEW_INTERVAL_DAYS): ReviewFormValues {
  return { notes: '', actions: [], nextReviewOn: addCalendarDays(today, intervalDays) };
}

/** A new, empty action row: due in a fortnight unless changed. */
export function blankAction(today: string): ReviewFormValues['actions'][number] {
  return { title: '', due: addCalendarDays(today, 14) };
}

/**
 * The form from the supervisor's saved draft, as it was typed. What the draft lacks starts as on a new review
 * (`blank`); a closed case agrees no actions, so a draft's actions are left out there.
 */
export function draftToReviewValues(
  draft: ReviewDraft,
  blank: ReviewFormValues,
  caseClosed: boolean,
): ReviewFormValues {
  return {
    notes: draft.notes ?? blank.notes,
    actions: caseClosed ? [] : (draft.actions ?? blank.actions).map(({ title, due }) => ({ title, due })),
    nextReviewOn: draft.nextReviewOn ?? blank.nextReviewOn,
  };
}

/** The draft autosaved to the server: everything as typed, nothing checked (recording the review checks it). */
export function reviewValuesToDraft(values: ReviewFormValues): ReviewDraft {
  return {
    notes: values.notes,
    actions: values.actions.map(({ title, due }) => ({ title, due })),
    nextReviewOn: values.nextReviewOn,
  };
}

/** `Draft from 6 Dec 2026, 14:02` (London time): when the draft the form starts from was saved. */
export function draftFromText(savedAt: string): string {
  return `Draft from ${formatCalendarDate(londonDateOf(savedAt))}, ${londonTimeOf(savedAt)}`;
}

export function toRecordReviewInput(values: ReviewFormOutput, personId: string): RecordReviewInput {
  return {
    personId,
    notes: values.notes,
    actions: values.actions.map((a) => ({ title: a.title, due: a.due })),
    nextReviewOn: values.nextReviewOn === '' ? null : values.nextReviewOn,
  };
}

type ReviewField = 'notes' | 'nextReviewOn' | 'actions' | `actions.${number}.title` | `actions.${number}.due`;

/** The fields the server's messages can be placed beside, for a form with `actionCount` actions. */
export function reviewFormFields(actionCount: number): ReviewField[] {
  const fields: ReviewField[] = ['notes', 'nextReviewOn', 'actions'];
  for (let i = 0; i < actionCount; i += 1) fields.push(`actions.${i}.title`, `actions.${i}.due`);
  return fields;
}

/** What is said once the review is saved. */
export function reviewSavedText(actionCount: number, nextReviewOn: string | null): string {
  const actions =
    actionCount === 0
      ? ''
      : actionCount === 1
        ? ', and its action added to the deadlines'
        : `, and its ${actionCount} actions added to the deadlines`;
  const next = nextReviewOn ? ` Next review by ${formatCalendarDate(nextReviewOn)}.` : '';
  return `The review has been recorded${actions}.${next}`;
}
