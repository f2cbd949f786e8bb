import { describe, expect, it } from 'vitest';
import { parseLanguages, profileToValues, workProfileFormSchema } from './work-profile-form.ts';

describe('the work details form', () => {
  it('reads languages from one line, each once', () => {
    expect(parseLanguages(' Arabic,  Tigrinya;english, arabic ,,')).toEqual([
      'Arabic',
      'Tigrinya',
      'english',
    ]);
    expect(parseLanguages('   ')).toEqual([]);
    expect(parseLanguages('Brazilian   Portuguese')).toEqual(['Brazilian Portuguese']);
  });

  it('starts from the profile, languages on one line', () => {
    expect(
      profileToValues({
        version: 3,
        phone: null,
        languages: ['English', 'Farsi'],
        availability: ['mon-morning'],
        availabilityNote: null,
      }),
    ).toEqual({
      phone: '',
      languages: 'English, Farsi',
      availability: ['mon-morning'],
      availabilityNote: '',
    });
  });

  it('gives the update without a version, empty text as null', () => {
    const result = workProfileFormSchema.safeParse({
      phone: ' 07700 900123 ',
      languages: 'English, Farsi',
      availability: ['mon-morning', 'fri-evening'],
      availabilityNote: '',
    });
    expect(result.data).toEqual({
      phone: '07700 900123',
      languages: ['English', 'Farsi'],
      availability: ['mon-morning', 'fri-evening'],
      availabilityNote: null,
    });
  });

  it('puts a problem beside the field it is about', () => {
    const result = workProfileFormSchema.safeParse({
      phone: 'call me',
      languages: 'x'.repeat(61),
      availability: [],
      availabilityNote: '',
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['phone'], ['languages']]);
  });
});
