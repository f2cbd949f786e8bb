import { describe, expect, it } from 'vitest';
import {
  isBlankReviewDraft,
  latestNextReviewOn,
  recordReviewInput,
  REVIEW_NOTES_MAX,
  saveReviewDraftInput,
} from './schemas.ts';

const review = { personId: '0b9d1f9e-3c1a-4f55-9b7e-2f1f7b1d2c3a', notes: 'Seen.' };

describe('recordReviewInput', () => {
  it('takes a next review as a real date, or none', () => {
    expect(recordReviewInput.parse({ ...review, nextReviewOn: '2027-02-21' }).nextReviewOn).toBe(
      '2027-02-21',
    );
    expect(recordReviewInput.parse(review).nextReviewOn).toBeNull();
  });

  it.each(['2027-02-30', '2100-01-01', '9999-12-31', '21 Feb 2027'])(
    'refuses the next review %j, naming nextReviewOn',
    (nextReviewOn) => {
      const result = recordReviewInput.safeParse({ ...review, nextReviewOn });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['nextReviewOn']);
    },
  );
});

describe('latestNextReviewOn', () => {
  it('is two years after the review, the last day of February for a review on the 29th', () => {
    expect(latestNextReviewOn('2026-11-23')).toBe('2028-11-23');
    expect(latestNextReviewOn('2028-02-29')).toBe('2030-02-28');
  });
});

describe('a review draft', () => {
  const personId = review.personId;

  it('keeps the form as typed, half-written dates too, and drops anything else', () => {
    const draft = { notes: 'Half', actions: [{ title: '', due: '2026-1' }], nextReviewOn: '' };
    expect(saveReviewDraftInput.parse({ personId, draft: { ...draft, extra: 'x' } }).draft).toEqual(draft);
    expect(saveReviewDraftInput.parse({ personId, draft: {} }).draft).toEqual({});
  });

  it('is sized: too long notes, too many actions or a long date are refused, naming the draft', () => {
    const refused = (draft: unknown) => {
      const result = saveReviewDraftInput.safeParse({ personId, draft });
      return result.error?.issues.map((i) => i.path.join('.'));
    };
    expect(refused({ notes: 'x'.repeat(REVIEW_NOTES_MAX + 1) })).toEqual(['draft.notes']);
    expect(refused({ notes: 'x'.repeat(REVIEW_NOTES_MAX) })).toBeUndefined();
    expect(refused({ actions: Array.from({ length: 21 }, () => ({ title: 'a', due: '' })) })).toEqual([
      'draft.actions',
    ]);
    expect(refused({ actions: [{ title: 'x'.repeat(201), due: '' }] })).toEqual(['draft.actions.0.title']);
    expect(refused({ nextReviewOn: '2027-02-21T00' })).toEqual(['draft.nextReviewOn']);
  });

  it('is blank with no notes and no action with a title, whatever the dates', () => {
    expect(isBlankReviewDraft({})).toBe(true);
    expect(
      isBlankReviewDraft({
        notes: '  ',
        actions: [{ title: ' ', due: '2026-12-01' }],
        nextReviewOn: '2027-01-01',
      }),
    ).toBe(true);
    expect(isBlankReviewDraft({ notes: 'Seen' })).toBe(false);
    expect(isBlankReviewDraft({ notes: '', actions: [{ title: 'Call', due: '' }] })).toBe(false);
  });
});
