import { DEFAULT_RETENTION_POLICY } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import {
  policyFormSchema,
  policySentences,
  toPolicyForm,
  toUpdateInput,
  YEARS_MESSAGE,
} from './policy-form.ts';

describe('the retention policy form', () => {
  it('starts from the policy, kinds without their own years left empty', () => {
    expect(toPolicyForm({ defaultYears: 6, byMatterKind: { asylum_claim: 10 } })).toEqual({
      defaultYears: '6',
      byMatterKind: { police_report: '', nrm_referral: '', asylum_claim: '10', social_services: '' },
    });
  });

  it('saves whole years, dropping the empty kinds, with the version read', () => {
    const values = toPolicyForm(DEFAULT_RETENTION_POLICY);
    values.defaultYears = ' 7 ';
    values.byMatterKind.nrm_referral = '3';
    expect(
      toUpdateInput(policyFormSchema.parse(values), { policy: DEFAULT_RETENTION_POLICY, version: null }),
    ).toEqual({ policy: { defaultYears: 7, byMatterKind: { nrm_referral: 3 } }, version: null });
  });

  it('refuses 0, 101, fractions and words, and an empty default', () => {
    for (const bad of ['0', '101', '2.5', 'six', '']) {
      const result = policyFormSchema.safeParse({
        ...toPolicyForm(DEFAULT_RETENTION_POLICY),
        defaultYears: bad,
      });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(YEARS_MESSAGE);
    }
    const kind = policyFormSchema.safeParse({
      defaultYears: '6',
      byMatterKind: { police_report: '0', nrm_referral: '', asylum_claim: '', social_services: '' },
    });
    expect(kind.error?.issues[0]?.path).toEqual(['byMatterKind', 'police_report']);
  });

  it('reads as sentences', () => {
    expect(policySentences(DEFAULT_RETENTION_POLICY)).toEqual([
      'A client’s record is anonymised 6 years after their case file is closed.',
    ]);
    expect(
      policySentences({ defaultYears: 1, byMatterKind: { asylum_claim: 10, police_report: 1 } }),
    ).toEqual([
      'A client’s record is anonymised 1 year after their case file is closed.',
      'With asylum claim matters: 10 years.',
      'A client with matters of several kinds is kept for the longest of them.',
    ]);
  });
});
