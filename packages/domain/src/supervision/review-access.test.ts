import { describe, expect, it } from 'vitest';
import { canReadReviewNotes } from './review-access.ts';

const worked = { keyWorkerId: 'kw', leadCaseworkerId: 'lead' };

describe('canReadReviewNotes', () => {
  it('lets a supervisor read any case’s notes', () => {
    expect(canReadReviewNotes({ id: 'sup', role: 'supervisor' }, worked)).toBe(true);
  });

  it('lets the key worker and the lead caseworker read their case’s notes', () => {
    expect(canReadReviewNotes({ id: 'kw', role: 'caseworker' }, worked)).toBe(true);
    expect(canReadReviewNotes({ id: 'lead', role: 'caseworker' }, worked)).toBe(true);
  });

  it('refuses another caseworker and every volunteer', () => {
    expect(canReadReviewNotes({ id: 'other', role: 'caseworker' }, worked)).toBe(false);
    expect(canReadReviewNotes({ id: 'kw', role: 'volunteer' }, worked)).toBe(false);
    expect(
      canReadReviewNotes({ id: 'x', role: 'caseworker' }, { keyWorkerId: null, leadCaseworkerId: null }),
    ).toBe(false);
  });
});
