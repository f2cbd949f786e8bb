import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_POLICY,
  retentionPolicySchema,
  retentionYearsByKind,
  retentionYearsFor,
  updateRetentionPolicyInput,
} from './policy.ts';

function messages(input: unknown): string[] {
  const result = retentionPolicySchema.safeParse(input);
  if (result.success) throw new Error('expected the policy to be refused');
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('retention policy', () => {
  it('keeps closed cases 6 years by default, with no kind listed', () => {
    expect(DEFAULT_RETENTION_POLICY).toEqual({ defaultYears: 6, byMatterKind: {} });
  });

  it('accepts whole years from 1 to 100, per matter kind too', () => {
    expect(
      retentionPolicySchema.parse({ defaultYears: 1, byMatterKind: { asylum_claim: 100, police_report: 7 } }),
    ).toEqual({ defaultYears: 1, byMatterKind: { asylum_claim: 100, police_report: 7 } });
  });

  it('refuses 0, 101, fractions and text, naming the field', () => {
    const expected = 'Enter a whole number of years from 1 to 100';
    expect(messages({ defaultYears: 0 })).toEqual([`defaultYears: ${expected}`]);
    expect(messages({ defaultYears: 101 })).toEqual([`defaultYears: ${expected}`]);
    expect(messages({ defaultYears: 2.5 })).toEqual([`defaultYears: ${expected}`]);
    expect(messages({ defaultYears: '6' })).toEqual([`defaultYears: ${expected}`]);
    expect(messages({ byMatterKind: { nrm_referral: 0 } })).toEqual([
      `byMatterKind.nrm_referral: ${expected}`,
    ]);
  });

  it('refuses a kind of matter that does not exist', () => {
    expect(messages({ byMatterKind: { parking_fine: 3 } }).join()).toContain('byMatterKind');
  });

  it('is saved with the version read, or null before the first save', () => {
    expect(updateRetentionPolicyInput.parse({ policy: {}, version: null }).policy.defaultYears).toBe(6);
    expect(updateRetentionPolicyInput.safeParse({ policy: {}, version: 0 }).success).toBe(false);
  });
});

describe('years kept for a client', () => {
  const policy = retentionPolicySchema.parse({
    defaultYears: 6,
    byMatterKind: { asylum_claim: 10, social_services: 3 },
  });

  it('is the default for a client with no matters', () => {
    expect(retentionYearsFor([], policy)).toBe(6);
  });

  it('is the kind’s own years where listed, the default otherwise', () => {
    expect(retentionYearsFor(['asylum_claim'], policy)).toBe(10);
    expect(retentionYearsFor(['social_services'], policy)).toBe(3);
    expect(retentionYearsFor(['police_report'], policy)).toBe(6);
  });

  it('is the longest of the client’s kinds', () => {
    expect(retentionYearsFor(['social_services', 'police_report'], policy)).toBe(6);
    expect(retentionYearsFor(['social_services', 'asylum_claim', 'police_report'], policy)).toBe(10);
    expect(retentionYearsFor(['social_services', 'social_services'], policy)).toBe(3);
  });

  it('lists every kind with its years', () => {
    expect(retentionYearsByKind(policy)).toEqual([
      { kind: 'police_report', years: 6 },
      { kind: 'nrm_referral', years: 6 },
      { kind: 'asylum_claim', years: 10 },
      { kind: 'social_services', years: 3 },
    ]);
  });
});
