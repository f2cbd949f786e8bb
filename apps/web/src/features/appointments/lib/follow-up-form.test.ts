import { describe, expect, it } from 'vitest';
import { confirmDefaults, TITLE_MAX } from './follow-up-form.ts';

describe('confirming a follow-up as a deadline', () => {
  it('starts from the volunteer’s words and suggested date', () => {
    expect(
      confirmDefaults({
        description: '  Chase the  officer\nfor the crime reference ',
        suggestedDue: '2026-12-12',
      }),
    ).toEqual({ title: 'Chase the officer for the crime reference', due: '2026-12-12' });
  });

  it('is due a week from today without a suggested date', () => {
    expect(confirmDefaults({ description: 'Ask for the notes', suggestedDue: null }, '2026-12-28').due).toBe(
      '2027-01-04',
    );
  });

  it('cuts a long description to fit a title, on a word', () => {
    const { title } = confirmDefaults({ description: 'word '.repeat(100), suggestedDue: null }, '2026-12-01');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.endsWith('word…')).toBe(true);
  });
});
