import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from './calendars/jurisdictions.ts';
import { computeDeadline } from './compute.ts';
import type { RuleId } from './rules.ts';

const explain = (rule: RuleId, trigger: string, jurisdiction?: Jurisdiction, period?: number) =>
  computeDeadline({ rule, trigger, jurisdiction, period }).explanation;

describe('explanations', () => {
  it('calendar days rolled past a bank holiday', () => {
    expect(explain('asylum.ut_permission_renewed', '2026-04-20')).toBe(
      "14 calendar days after the First-tier Tribunal's refusal of permission was sent on Mon 20 Apr 2026 " +
        'is Mon 4 May 2026, a bank holiday (Early May bank holiday), so the next working day: Tue 5 May 2026.',
    );
  });

  it('a plain calendar-day deadline', () => {
    expect(explain('asylum.ftt_appeal_in_uk', '2026-03-02')).toBe(
      '14 calendar days after the notice of decision was sent on Mon 2 Mar 2026 is Mon 16 Mar 2026.',
    );
  });

  it('the First-tier Tribunal (IAC) roll shows both dates and says it is uncertain', () => {
    expect(explain('asylum.ftt_appeal_in_uk', '2026-05-02')).toBe(
      '14 calendar days after the notice of decision was sent on Sat 2 May 2026 is Sat 16 May 2026, a Saturday, ' +
        "so the next working day: Mon 18 May 2026 (uncertain: the tribunal's rules may not move a time limit " +
        'that ends on a weekend or bank holiday, so to be safe treat Sat 16 May 2026 as the last day).',
    );
  });

  it('working days name the bank holidays not counted', () => {
    expect(explain('nrm.rg_decision_target', '2026-05-01')).toBe(
      '5 working days after the NRM referral on Fri 1 May 2026 (not counting Mon 4 May, a bank holiday) ' +
        'is Mon 11 May 2026.',
    );
    expect(explain('social.icpc', '2026-05-01')).toBe(
      '15 working days after the strategy discussion that started the section 47 enquiry on Fri 1 May 2026 ' +
        '(not counting Mon 4 May and Mon 25 May, bank holidays) is Tue 26 May 2026.',
    );
    expect(explain('police.victims_code_update_enhanced', '2026-05-05')).toBe(
      '1 working day after the police decision on Tue 5 May 2026 is Wed 6 May 2026.',
    );
  });

  it('months clamped to a shorter month', () => {
    expect(explain('sar.response', '2026-03-31')).toBe(
      '1 month after receipt of the request on Tue 31 Mar 2026 is Thu 30 Apr 2026 (there is no 31 Apr).',
    );
    expect(explain('police.complaint', '2028-02-29')).toMatch(
      /^12 months after the incident on Tue 29 Feb 2028 is Wed 28 Feb 2029 \(2029 has no 29 Feb\)\./,
    );
    expect(explain('police.vrr_cps_request', '2026-11-30')).toBe(
      '3 months after the CPS decision was communicated on Mon 30 Nov 2026 is Sun 28 Feb 2027 ' +
        '(there is no 30 Feb), a Sunday, so the next working day: Mon 1 Mar 2027.',
    );
  });

  it('a period that ends on a bank holiday without rolling says so', () => {
    expect(explain('nrm.recovery_period_end', '2026-03-07')).toBe(
      '30 calendar days after the positive Reasonable Grounds decision on Sat 7 Mar 2026 is Mon 6 Apr 2026, ' +
        'a bank holiday (Easter Monday); this period ends on that day all the same.',
    );
  });

  it('a previous working day', () => {
    expect(explain('social.first_review_conference', '2026-09-25')).toBe(
      '3 months after the initial child protection conference on Fri 25 Sep 2026 is Fri 25 Dec 2026, ' +
        'a bank holiday (Christmas Day), so the previous working day: Thu 24 Dec 2026.',
    );
  });

  it('names the jurisdiction when it is not England and Wales', () => {
    expect(explain('police.victims_code_update', '2026-12-22', 'scotland')).toBe(
      'In Scotland, 5 working days after the police decision on Tue 22 Dec 2026 ' +
        '(not counting Fri 25 Dec and Mon 28 Dec, bank holidays) is Thu 31 Dec 2026.',
    );
    expect(explain('police.victims_code_update', '2026-12-29', 'scotland')).toBe(
      'In Scotland, 5 working days after the police decision on Tue 29 Dec 2026 ' +
        '(not counting Fri 1 Jan 2027 and Mon 4 Jan 2027, bank holidays) is Thu 7 Jan 2027.',
    );
    expect(explain('asylum.ut_permission_renewed', '2026-06-29', 'northern-ireland')).toBe(
      "In Northern Ireland, 14 calendar days after the First-tier Tribunal's refusal of permission was sent " +
        'on Mon 29 Jun 2026 is Mon 13 Jul 2026, a bank holiday (the substitute day for Battle of the ' +
        'Boyne), so the next working day: Tue 14 Jul 2026.',
    );
  });

  it('says when bank holidays are computed for a year not yet published', () => {
    expect(explain('cica.application', '2027-06-01')).toBe(
      '2 years after the incident on Tue 1 Jun 2027 is Fri 1 Jun 2029. ' +
        'Bank holidays for 2029 are computed by rule and may change (the official list goes up to 2027).',
    );
    expect(explain('social.assessment', '2027-11-01')).toMatch(/Bank holidays for 2028 are computed by rule/);
    expect(explain('social.assessment', '2026-03-02')).not.toMatch(/computed by rule/);
  });

  it('says when a configurable period was changed', () => {
    expect(explain('asylum.move_on_after_grant', '2026-02-02', undefined, 56)).toBe(
      '56 calendar days after the grant or discontinuation letter on Mon 2 Feb 2026 is Mon 30 Mar 2026. ' +
        'The period was set to 56 calendar days instead of the usual 28.',
    );
    expect(explain('comms.reply_expected', '2026-12-14', undefined, 10)).not.toMatch(/usual/);
  });
});
