import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from './calendars/jurisdictions.ts';
import { computeDeadline } from './compute.ts';
import { listRules, type RuleId } from './rules.ts';

const due = (rule: RuleId, trigger: string, jurisdiction?: Jurisdiction) =>
  computeDeadline({ rule, trigger, jurisdiction }).due;

describe('the worked examples of DOMAIN.md §3', () => {
  it.each<[RuleId, string, Jurisdiction | undefined, string]>([
    ['asylum.ftt_appeal_in_uk', '2026-03-02', undefined, '2026-03-16'],
    ['sar.response', '2026-03-31', undefined, '2026-04-30'],
    ['social.icpc', '2026-05-01', undefined, '2026-05-26'],
    ['nrm.recovery_period_end', '2026-03-07', undefined, '2026-04-06'],
    ['cica.review_request', '2026-02-04', undefined, '2026-05-05'],
    ['police.victims_code_update', '2026-12-22', 'scotland', '2026-12-31'],
  ])('%s from %s (%s) is due %s', (rule, trigger, jurisdiction, expected) => {
    expect(due(rule, trigger, jurisdiction)).toBe(expected);
  });

  it('the recovery period ends on Easter Monday itself: no roll', () => {
    const result = computeDeadline({ rule: 'nrm.recovery_period_end', trigger: '2026-03-07' });
    expect(result.rolled).toBeNull();
    expect(result.certainty).toBe('statutory');
  });

  it("the issue's example: 14 days after Mon 20 Apr 2026 is Mon 4 May, a bank holiday, so Tue 5 May", () => {
    const result = computeDeadline({ rule: 'asylum.ut_permission_renewed', trigger: '2026-04-20' });
    expect(result.due).toBe('2026-05-05');
    expect(result.rolled).toEqual({ from: '2026-05-04', reason: 'a bank holiday (Early May bank holiday)' });
    expect(result.certainty).toBe('statutory');
  });

  it('the same at the First-tier Tribunal (IAC) is uncertain, with both dates', () => {
    const result = computeDeadline({ rule: 'asylum.ftt_appeal_in_uk', trigger: '2026-04-20' });
    expect(result.due).toBe('2026-05-05');
    expect(result.rolled?.from).toBe('2026-05-04');
    expect(result.certainty).toBe('uncertain');
  });
});

/** Every rule once, England and Wales; each expected date counted by hand on a printed calendar. */
const EVERY_RULE: [RuleId, string, string][] = [
  ['nrm.rg_decision_target', '2026-05-01', '2026-05-11'], // Tue 5 .. Mon 11, skipping Mon 4 May
  ['nrm.recovery_period_end', '2026-03-07', '2026-04-06'],
  ['nrm.reconsideration_request', '2026-11-26', '2026-12-29'], // Sat 26 Dec -> past Mon 28 (substitute) -> Tue 29
  ['nrm.move_on_support_end', '2026-11-11', '2026-12-26'], // ends on the Saturday, no roll
  ['asylum.ftt_appeal_in_uk', '2026-03-02', '2026-03-16'],
  ['asylum.ftt_appeal_out_of_uk', '2026-12-07', '2027-01-04'],
  ['asylum.ut_permission_at_ftt', '2026-12-17', '2026-12-31'],
  ['asylum.ut_permission_renewed', '2026-04-20', '2026-05-05'],
  ['asylum.coa_permission', '2026-04-01', '2026-04-21'], // 12 working days, skipping Good Friday and Easter Monday
  ['asylum.support_ends_after_refusal', '2026-12-04', '2026-12-25'], // ends on Christmas Day, no roll
  ['asylum.move_on_after_grant', '2026-02-02', '2026-03-02'],
  ['police.victims_code_update', '2026-12-22', '2026-12-31'],
  ['police.victims_code_update_enhanced', '2026-12-24', '2026-12-29'],
  ['police.vrr_police_request', '2026-09-25', '2026-12-29'], // Fri 25 Dec -> Tue 29 Dec
  ['police.vrr_cps_request', '2026-11-30', '2027-03-01'], // 28 Feb 2027 (clamped, Sunday) -> Mon 1 Mar
  ['police.complaint', '2025-08-29', '2026-09-01'], // Sat 29 Aug -> past Mon 31 Aug (summer) -> Tue 1 Sep
  ['police.complaint_review', '2026-03-09', '2026-04-07'], // Easter Monday -> Tue 7 Apr
  ['cica.application', '2025-06-10', '2027-06-10'],
  ['cica.review_request', '2026-02-04', '2026-05-05'],
  ['cica.ftt_appeal', '2026-09-29', '2026-12-29'], // Mon 28 Dec (Boxing Day substitute) -> Tue 29
  ['social.referral_decision', '2027-12-24', '2027-12-29'], // past the substitute Mon 27 and Tue 28
  ['social.assessment', '2026-03-02', '2026-05-07'], // 45 working days, skipping 3 Apr, 6 Apr, 4 May
  ['social.icpc', '2026-05-01', '2026-05-26'],
  ['social.first_review_conference', '2026-09-25', '2026-12-24'], // Christmas Day -> back to Thu 24 Dec
  ['social.later_review_conference', '2026-08-28', '2027-02-26'], // Sun 28 Feb 2027 -> back to Fri 26 Feb
  ['sar.response', '2026-03-31', '2026-04-30'],
  ['sar.response_extended', '2027-11-30', '2028-02-29'], // no 30 Feb; 2028 is a leap year
  ['comms.reply_expected', '2026-12-14', '2026-12-30'], // 10 working days over Christmas
];

describe('every rule', () => {
  it('is exercised here', () => {
    expect(new Set(EVERY_RULE.map(([rule]) => rule))).toEqual(new Set(listRules().map((r) => r.id)));
  });

  it.each(EVERY_RULE)('%s from %s is due %s', (rule, trigger, expected) => {
    const result = computeDeadline({ rule, trigger });
    expect(result.due).toBe(expected);
    expect(result.rule).toBe(rule);
    expect(result.trigger).toBe(trigger);
    expect(result.jurisdiction).toBe('england-and-wales');
  });
});

describe('rolls', () => {
  it('next_working_day moves a weekend or bank holiday forward and says from where', () => {
    expect(computeDeadline({ rule: 'nrm.reconsideration_request', trigger: '2026-11-26' }).rolled).toEqual({
      from: '2026-12-26',
      reason: 'a Saturday',
    });
    expect(computeDeadline({ rule: 'cica.ftt_appeal', trigger: '2026-09-29' }).rolled).toEqual({
      from: '2026-12-28',
      reason: 'a bank holiday (the substitute day for Boxing Day)',
    });
  });

  it('previous_working_day moves it back', () => {
    const result = computeDeadline({ rule: 'social.first_review_conference', trigger: '2026-09-25' });
    expect(result.rolled).toEqual({ from: '2026-12-25', reason: 'a bank holiday (Christmas Day)' });
    // Mon 27 Dec 2027 (substitute Christmas Day) -> Fri 24 Dec 2027.
    expect(due('social.first_review_conference', '2027-09-27')).toBe('2027-12-24');
  });

  it('none keeps a non-working end date', () => {
    const result = computeDeadline({ rule: 'asylum.support_ends_after_refusal', trigger: '2026-12-04' });
    expect(result.due).toBe('2026-12-25');
    expect(result.rolled).toBeNull();
    expect(due('nrm.move_on_support_end', '2026-11-11')).toBe('2026-12-26');
  });

  it('leaves a working day alone', () => {
    expect(computeDeadline({ rule: 'asylum.ftt_appeal_in_uk', trigger: '2026-03-02' }).rolled).toBeNull();
  });

  it('the First-tier Tribunal (IAC) roll over a weekend is uncertain too', () => {
    // Sat 2 May + 14 = Sat 16 May -> Mon 18 May.
    const result = computeDeadline({ rule: 'asylum.ftt_appeal_in_uk', trigger: '2026-05-02' });
    expect(result.due).toBe('2026-05-18');
    expect(result.certainty).toBe('uncertain');
    // 27 Nov + 28 = Fri 25 Dec -> past Mon 28 Dec -> Tue 29 Dec.
    expect(due('asylum.ftt_appeal_out_of_uk', '2026-11-27')).toBe('2026-12-29');
  });
});

describe('months and years', () => {
  it('clamp to the end of a shorter month, then roll', () => {
    // 31 Jan + 1 month = Sat 28 Feb 2026 -> Mon 2 Mar.
    const r = computeDeadline({ rule: 'sar.response', trigger: '2026-01-31' });
    expect(r.rolled?.from).toBe('2026-02-28');
    expect(r.due).toBe('2026-03-02');
    // 31 Jan 2028 + 1 month = Tue 29 Feb 2028 (leap year).
    expect(due('sar.response', '2028-01-31')).toBe('2028-02-29');
  });

  it('leap days: 29 Feb 2028 + 12 months is 28 Feb 2029, + 2 years 28 Feb 2030', () => {
    expect(due('police.complaint', '2028-02-29')).toBe('2029-02-28');
    expect(due('cica.application', '2028-02-29')).toBe('2030-02-28');
    // 29 Feb 2024 + 2 years = 28 Feb 2026, a Saturday -> Mon 2 Mar 2026.
    expect(due('cica.application', '2024-02-29')).toBe('2026-03-02');
  });

  it('a CICA deadline ending on Boxing Day 2028 moves to Wed 27 Dec', () => {
    expect(due('cica.application', '2026-12-26')).toBe('2028-12-27');
  });
});

describe('configurable periods', () => {
  it('uses the period set for the case when the rule allows it', () => {
    expect(
      computeDeadline({ rule: 'asylum.move_on_after_grant', trigger: '2026-02-02', period: 56 }).due,
    ).toBe('2026-03-30');
    expect(computeDeadline({ rule: 'comms.reply_expected', trigger: '2026-12-14', period: 5 }).due).toBe(
      '2026-12-21',
    );
  });
});

describe('Scotland', () => {
  it('2 January is a bank holiday (with its substitute day)', () => {
    expect(due('police.victims_code_update_enhanced', '2025-12-31')).toBe('2026-01-02');
    expect(due('police.victims_code_update_enhanced', '2025-12-31', 'scotland')).toBe('2026-01-05');
    // Fri 1 Jan 2027 and Mon 4 Jan 2027 (for Sat 2 Jan) are both off in Scotland.
    expect(due('police.victims_code_update', '2026-12-29')).toBe('2027-01-06');
    expect(due('police.victims_code_update', '2026-12-29', 'scotland')).toBe('2027-01-07');
  });

  it("St Andrew's Day, and its substitute", () => {
    expect(due('social.referral_decision', '2026-11-27')).toBe('2026-11-30');
    expect(due('social.referral_decision', '2026-11-27', 'scotland')).toBe('2026-12-01');
    expect(due('social.referral_decision', '2025-11-28')).toBe('2025-12-01');
    expect(due('social.referral_decision', '2025-11-28', 'scotland')).toBe('2025-12-02');
  });

  it('the summer bank holiday is the first Monday of August, not the last', () => {
    expect(due('social.referral_decision', '2026-07-31')).toBe('2026-08-03');
    expect(due('social.referral_decision', '2026-07-31', 'scotland')).toBe('2026-08-04');
    expect(due('police.complaint', '2025-08-29')).toBe('2026-09-01');
    expect(due('police.complaint', '2025-08-29', 'scotland')).toBe('2026-08-31');
  });

  it('has no Easter Monday', () => {
    expect(due('police.complaint_review', '2026-03-09')).toBe('2026-04-07');
    expect(due('police.complaint_review', '2026-03-09', 'scotland')).toBe('2026-04-06');
    expect(due('social.assessment', '2026-03-02', 'scotland')).toBe('2026-05-06');
  });
});

describe('Northern Ireland', () => {
  it("St Patrick's Day", () => {
    expect(due('social.referral_decision', '2026-03-16')).toBe('2026-03-17');
    expect(due('social.referral_decision', '2026-03-16', 'northern-ireland')).toBe('2026-03-18');
    // Sunday 17 Mar 2024 -> Monday 18.
    expect(due('social.referral_decision', '2024-03-15', 'northern-ireland')).toBe('2024-03-19');
  });

  it('the Battle of the Boyne, and its substitute day', () => {
    expect(due('social.referral_decision', '2027-07-09', 'northern-ireland')).toBe('2027-07-13');
    // Sunday 12 Jul 2026 -> Monday 13.
    expect(due('social.referral_decision', '2026-07-10')).toBe('2026-07-13');
    expect(due('social.referral_decision', '2026-07-10', 'northern-ireland')).toBe('2026-07-14');
    // 14 days after Mon 29 Jun 2026 is Mon 13 Jul, the substitute day -> Tue 14 Jul.
    expect(due('asylum.ut_permission_renewed', '2026-06-29', 'northern-ireland')).toBe('2026-07-14');
    expect(due('asylum.ut_permission_renewed', '2026-06-29')).toBe('2026-07-13');
  });
});

describe('one-off bank holidays', () => {
  it.each<[string, string]>([
    ['2020-05-07', '2020-05-11'], // VE Day, Fri 8 May 2020
    ['2020-05-01', '2020-05-04'], // Mon 4 May 2020 was a working day
    ['2022-05-27', '2022-05-30'], // Mon 30 May 2022 was a working day
    ['2022-06-01', '2022-06-06'], // Thu 2 and Fri 3 Jun 2022
    ['2022-09-16', '2022-09-20'], // the State Funeral, Mon 19 Sep 2022
    ['2023-05-05', '2023-05-09'], // the coronation, Mon 8 May 2023
    ['2012-06-01', '2012-06-06'], // Mon 4 and Tue 5 Jun 2012
  ])('1 working day after %s is %s', (trigger, expected) => {
    expect(due('social.referral_decision', trigger)).toBe(expected);
  });
});

describe('beyond the published bank holidays', () => {
  it('flags a result that depends on a year after 2027', () => {
    expect(
      computeDeadline({ rule: 'sar.response_extended', trigger: '2027-11-30' }).beyondPublishedCalendar,
    ).toBe(true);
    expect(computeDeadline({ rule: 'cica.application', trigger: '2027-06-01' }).beyondPublishedCalendar).toBe(
      true,
    );
    expect(computeDeadline({ rule: 'social.icpc', trigger: '2027-12-20' }).beyondPublishedCalendar).toBe(
      true,
    );
  });

  it('does not flag one within the published years', () => {
    expect(computeDeadline({ rule: 'cica.application', trigger: '2025-06-10' }).beyondPublishedCalendar).toBe(
      false,
    );
    expect(computeDeadline({ rule: 'social.icpc', trigger: '2027-11-01' }).beyondPublishedCalendar).toBe(
      false,
    );
  });
});
