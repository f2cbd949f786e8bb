import { describe, expect, it } from 'vitest';
import { createAgencyInput, isImmigrationEnforcement } from './schemas.ts';

describe('agency input', () => {
  it('accepts an agency with only a name and category, blanks becoming null', () => {
    expect(
      createAgencyInput.parse({ name: ' Home Office ', category: 'home_office_asylum', email: '' }),
    ).toEqual({
      name: 'Home Office',
      category: 'home_office_asylum',
      address: null,
      phone: null,
      email: null,
      website: null,
      notes: null,
    });
  });

  it('lower-cases e-mail addresses and refuses malformed ones and non-web addresses', () => {
    expect(createAgencyInput.parse({ name: 'A', category: 'other', email: 'A@B.test' }).email).toBe(
      'a@b.test',
    );
    expect(createAgencyInput.safeParse({ name: 'A', category: 'other', email: 'nope' }).success).toBe(false);
    expect(
      createAgencyInput.safeParse({ name: 'A', category: 'other', website: 'ftp://x.test' }).success,
    ).toBe(false);
  });

  it('marks only the immigration enforcement category', () => {
    expect(isImmigrationEnforcement('immigration_enforcement')).toBe(true);
    expect(isImmigrationEnforcement('home_office_asylum')).toBe(false);
  });
});
