import { isBlankReviewDraft, reviewDraftSchema } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../lib/dates.ts';
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
} from './review-form.ts';

const TODAY = '2026-11-23';
const PERSON = '00000000-0000-4000-8000-000000000001';
const schema = reviewFormSchema(TODAY);

function messages(values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the review form', () => {
  it('starts empty, suggesting the next review after the interval (90 days unless said)', () => {
    expect(blankReview(TODAY)).toEqual({ notes: '', actions: [], nextReviewOn: '2027-02-21' });
    expect(blankReview(TODAY, 30).nextReviewOn).toBe('2026-12-23');
    expect(blankAction(TODAY)).toEqual({ title: '', due: '2026-12-07' });
  });

  it('sends trimmed notes and actions, and an empty next review as null', () => {
    const values = schema.parse({
      notes: '  Discussed the RG delay.\n\nChase the SCA.  ',
      actions: [{ title: ' Chase the SCA ', due: '2026-11-30' }],
      nextReviewOn: '',
    });
    expect(toRecordReviewInput(values, PERSON)).toEqual({
      personId: PERSON,
      notes: 'Discussed the RG delay.\n\nChase the SCA.',
      actions: [{ title: 'Chase the SCA', due: '2026-11-30' }],
      nextReviewOn: null,
    });
  });

  it('asks for notes, and for each action what and when', () => {
    expect(messages({ notes: '   ', actions: [{ title: '', due: '' }], nextReviewOn: '' })).toEqual({
      notes: 'Write the notes of the review',
      'actions.0.title': 'Say what is to be done',
      'actions.0.due': 'Enter the date it is due, for example 23 Nov 2026',
    });
  });

  it('refuses an action due before today, but takes one due today', () => {
    const base = { notes: 'n', nextReviewOn: '' };
    expect(messages({ ...base, actions: [{ title: 'x', due: '2026-11-22' }] })).toEqual({
      'actions.0.due': 'The action cannot be due before today (23 Nov 2026)',
    });
    expect(messages({ ...base, actions: [{ title: 'x', due: TODAY }] })).toEqual({});
  });

  it('wants the next review after today, on a real date', () => {
    const base = { notes: 'n', actions: [] };
    expect(messages({ ...base, nextReviewOn: TODAY })).toEqual({
      nextReviewOn: 'The next review must be after today (23 Nov 2026)',
    });
    expect(messages({ ...base, nextReviewOn: '2026-02-30' })).toEqual({
      nextReviewOn: 'Enter the date of the next review, for example 21 Feb 2027',
    });
    expect(messages({ ...base, nextReviewOn: '2026-11-24' })).toEqual({});
  });

  it('takes at most 20 actions', () => {
    const actions = Array.from({ length: 21 }, () => ({ title: 'x', due: TODAY }));
    expect(messages({ notes: 'n', actions, nextReviewOn: '' })).toEqual({
      actions: 'At most 20 actions in one review',
    });
  });

  it('knows real dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('23/11/2026')).toBe(false);
    expect(isCalendarDate('1989-12-31')).toBe(false);
  });

  it('places the server’s messages beside each action’s fields', () => {
    expect(reviewFormFields(2)).toEqual([
      'notes',
      'nextReviewOn',
      'actions',
      'actions.0.title',
      'actions.0.due',
      'actions.1.title',
      'actions.1.due',
    ]);
  });

  it('says what was saved', () => {
    expect(reviewSavedText(0, null)).toBe('The review has been recorded.');
    expect(reviewSavedText(1, '2027-02-21')).toBe(
      'The review has been recorded, and its action added to the deadlines. Next review by 21 Feb 2027.',
    );
    expect(reviewSavedText(3, null)).toBe(
      'The review has been recorded, and its 3 actions added to the deadlines.',
    );
  });
});

describe('the review form and its draft', () => {
  const blank = blankReview(TODAY);

  it('saves the form exactly as typed, half-typed dates and empty rows too', () => {
    const typed = {
      notes: '  Half written ',
      actions: [
        { title: 'Chase the SCA', due: '2026-12-0' },
        { title: '', due: '' },
      ],
      nextReviewOn: '',
    };
    const draft = reviewValuesToDraft(typed);
    expect(draft).toEqual(typed);
    // What the server accepts, unchanged.
    expect(reviewDraftSchema.parse(draft)).toEqual(draft);
    // And back: the form comes back as it was left, the emptied next review included.
    expect(draftToReviewValues(draft, blank, false)).toEqual(typed);
  });

  it('starts a part the draft lacks as on a new review', () => {
    expect(draftToReviewValues({}, blank, false)).toEqual(blank);
    expect(draftToReviewValues({ notes: 'Seen' }, blank, false)).toEqual({ ...blank, notes: 'Seen' });
  });

  it('leaves a draft’s actions out on a closed case, which agrees none', () => {
    const draft = { notes: 'Closing', actions: [{ title: 'Call', due: '2026-12-01' }], nextReviewOn: '' };
    expect(draftToReviewValues(draft, blank, true)).toEqual({
      notes: 'Closing',
      actions: [],
      nextReviewOn: '',
    });
  });

  it('treats a new review as nothing written, so discarding a draft leaves none', () => {
    expect(isBlankReviewDraft(reviewValuesToDraft(blank))).toBe(true);
    expect(isBlankReviewDraft(reviewValuesToDraft({ ...blank, actions: [blankAction(TODAY)] }))).toBe(true);
    expect(isBlankReviewDraft(reviewValuesToDraft({ ...blank, notes: 'x' }))).toBe(false);
  });

  it('says when the draft was saved, London time', () => {
    expect(draftFromText('2026-12-06T14:02:31.000Z')).toBe('Draft from 6 Dec 2026, 14:02');
    expect(draftFromText('2026-07-10T13:05:00.000Z')).toBe('Draft from 10 Jul 2026, 14:05');
  });
});
