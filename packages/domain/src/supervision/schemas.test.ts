import { describe, expect, it } from 'vitest';
import { latestNextReviewOn, recordReviewInput } from './schemas.ts';

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
