import { describe, expect, it } from 'vitest';
import {
  addYears,
  ALREADY_ANONYMISED_MESSAGE,
  anonymisationBlock,
  CASE_OPEN_MESSAGE,
  isDueForAnonymisation,
  LEGAL_HOLD_MESSAGE,
  retentionDueOn,
  type RetentionFacts,
} from './due.ts';
import { retentionPolicySchema } from './policy.ts';

const policy = retentionPolicySchema.parse({
  defaultYears: 6,
  byMatterKind: { asylum_claim: 10, nrm_referral: 2 },
});

describe('the day a client becomes due', () => {
  it('is the same day N years after the case closed', () => {
    expect(addYears('2020-11-23', 6)).toBe('2026-11-23');
    expect(addYears('2019-12-31', 1)).toBe('2020-12-31');
    expect(retentionDueOn('2020-11-23', [], policy)).toBe('2026-11-23');
  });

  it('takes 29 Feb to 28 Feb in a year without one, and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 6)).toBe('2030-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-02-28', 1)).toBe('2024-02-28');
    expect(addYears('2023-03-01', 1)).toBe('2024-03-01');
  });

  it('uses the longest retention of the client’s matter kinds', () => {
    expect(retentionDueOn('2016-05-01', ['asylum_claim', 'nrm_referral'], policy)).toBe('2026-05-01');
    expect(retentionDueOn('2016-05-01', ['nrm_referral'], policy)).toBe('2018-05-01');
    expect(retentionDueOn('2016-05-01', ['nrm_referral', 'police_report'], policy)).toBe('2022-05-01');
  });
});

describe('due for anonymisation', () => {
  const closed: RetentionFacts = {
    caseStatus: 'closed',
    closedOn: '2020-11-23',
    kinds: ['police_report'],
    legalHold: false,
    anonymised: false,
  };

  it('is due on the day itself and after, not the day before', () => {
    expect(isDueForAnonymisation(closed, '2026-11-22', policy)).toBe(false);
    expect(isDueForAnonymisation(closed, '2026-11-23', policy)).toBe(true);
    expect(isDueForAnonymisation(closed, '2027-01-01', policy)).toBe(true);
  });

  it('counts from 28 Feb for a case closed on 29 Feb', () => {
    const leap = { ...closed, closedOn: '2024-02-29', kinds: [] };
    expect(isDueForAnonymisation(leap, '2030-02-27', policy)).toBe(false);
    expect(isDueForAnonymisation(leap, '2030-02-28', policy)).toBe(true);
  });

  it('waits for the longest-kept kind', () => {
    const both = { ...closed, kinds: ['police_report', 'asylum_claim'] as const };
    expect(isDueForAnonymisation(both, '2026-11-23', policy)).toBe(false);
    expect(isDueForAnonymisation(both, '2030-11-23', policy)).toBe(true);
  });

  it('is never due while the case is open, on legal hold, or once anonymised', () => {
    const late = '2099-01-01';
    expect(isDueForAnonymisation({ ...closed, caseStatus: 'open', closedOn: null }, late, policy)).toBe(
      false,
    );
    expect(isDueForAnonymisation({ ...closed, legalHold: true }, late, policy)).toBe(false);
    expect(isDueForAnonymisation({ ...closed, anonymised: true }, late, policy)).toBe(false);
  });
});

describe('what stands in the way of anonymising', () => {
  const ok = { caseStatus: 'closed', legalHold: false, anonymised: false } as const;

  it('is nothing for a closed case, due or not', () => {
    expect(anonymisationBlock(ok)).toBeNull();
  });

  it('is the legal hold, the open case, or an earlier anonymisation', () => {
    expect(anonymisationBlock({ ...ok, legalHold: true })).toBe(LEGAL_HOLD_MESSAGE);
    expect(anonymisationBlock({ ...ok, caseStatus: 'open' })).toBe(CASE_OPEN_MESSAGE);
    expect(anonymisationBlock({ ...ok, anonymised: true })).toBe(ALREADY_ANONYMISED_MESSAGE);
  });

  it('names the legal hold before the open case', () => {
    expect(anonymisationBlock({ ...ok, legalHold: true, caseStatus: 'open' })).toBe(LEGAL_HOLD_MESSAGE);
  });
});
