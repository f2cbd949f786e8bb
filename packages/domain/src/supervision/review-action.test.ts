import { describe, expect, it } from 'vitest';
import { reviewActionExplanation } from './review-action.ts';

describe('reviewActionExplanation', () => {
  it('names the day of the review', () => {
    expect(reviewActionExplanation('2026-11-23')).toBe('Agreed at the supervision review on 23 Nov 2026.');
  });
});
