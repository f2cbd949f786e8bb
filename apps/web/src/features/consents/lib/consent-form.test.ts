import { describe, expect, it } from 'vitest';
import {
  blankConsent,
  consentFormSchema,
  consentGivenText,
  sharingCategoryLabel,
  toRecordConsentInput,
  withdrawnText,
} from './consent-form.ts';

const TODAY = '2026-11-23';
const PERSON = '00000000-0000-4000-8000-000000000001';
const DOCUMENT = '00000000-0000-4000-8000-000000000002';
const schema = consentFormSchema(TODAY);

function messages(values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the consent form', () => {
  it('starts with nothing ticked, given verbally today', () => {
    expect(blankConsent(TODAY)).toEqual({ categories: [], method: 'verbal', givenOn: TODAY, scope: '' });
  });

  it('asks for at least one kind of agency and a date not in the future', () => {
    expect(messages({ ...blankConsent(TODAY), givenOn: '2026-11-24' })).toEqual({
      categories: 'Choose at least one kind of agency the client agreed to share with',
      givenOn: 'The date it was given cannot be in the future',
    });
    expect(messages({ ...blankConsent(TODAY), categories: ['police'], givenOn: TODAY })).toEqual({});
  });

  it('sends the kinds in the list’s order, the signed form only with written consent, and no empty limits', () => {
    const values = {
      categories: ['health', 'police'] as ('health' | 'police')[],
      givenOn: '2026-11-03',
      scope: '  ',
    };
    expect(toRecordConsentInput({ ...values, method: 'written' }, PERSON, DOCUMENT)).toEqual({
      personId: PERSON,
      categories: ['police', 'health'],
      method: 'written',
      givenOn: '2026-11-03',
      documentId: DOCUMENT,
      scope: null,
    });
    expect(
      toRecordConsentInput(
        { ...values, method: 'verbal', scope: ' Only the police report ' },
        PERSON,
        DOCUMENT,
      ),
    ).toMatchObject({ documentId: null, scope: 'Only the police report' });
  });

  it('says how and when it was given, and when it was withdrawn, in words', () => {
    expect(sharingCategoryLabel('police')).toBe('The police and prosecutors');
    expect(consentGivenText({ method: 'verbal', givenOn: '2026-11-03' })).toBe(
      'Given verbally on 3 Nov 2026',
    );
    expect(consentGivenText({ method: 'written', givenOn: '2026-11-03' })).toBe(
      'Given in writing on 3 Nov 2026',
    );
    expect(
      withdrawnText({
        withdrawnAt: '2026-11-23T23:30:00.000Z',
        withdrawnBy: { id: 'u', displayName: 'Sam Okafor' },
      }),
    ).toBe('Withdrawn on 23 Nov 2026 by Sam Okafor.');
    expect(withdrawnText({ withdrawnAt: null, withdrawnBy: null })).toBe('');
  });
});
