import { describe, expect, it } from 'vitest';
import { findRule, isRuleId, listRules, ruleIdSchema, RULE_IDS } from './rules.ts';

/** The engine table of DOMAIN.md §3, copied verbatim. */
const DOMAIN_TABLE = `
| nrm.rg_decision_target | 5 | working_days | none | policy target |
| nrm.recovery_period_end | 30 | calendar_days | none | statutory |
| nrm.reconsideration_request | 30 | calendar_days | next_working_day | policy |
| nrm.move_on_support_end | 45 | calendar_days | none | policy |
| asylum.ftt_appeal_in_uk | 14 | calendar_days | next_working_day | statutory |
| asylum.ftt_appeal_out_of_uk | 28 | calendar_days | next_working_day | statutory |
| asylum.ut_permission_at_ftt | 14 | calendar_days | next_working_day | statutory |
| asylum.ut_permission_renewed | 14 | calendar_days | next_working_day | statutory |
| asylum.coa_permission | 12 | working_days | none | statutory |
| asylum.support_ends_after_refusal | 21 | calendar_days | none | practice |
| asylum.move_on_after_grant | 28 | calendar_days | none | policy (configurable) |
| police.victims_code_update | 5 | working_days | none | statutory |
| police.victims_code_update_enhanced | 1 | working_days | none | statutory |
| police.vrr_police_request | 3 | months | next_working_day | policy |
| police.vrr_cps_request | 3 | months | next_working_day | policy |
| police.complaint | 12 | months | next_working_day | practice |
| police.complaint_review | 28 | calendar_days | next_working_day | statutory |
| cica.application | 2 | years | next_working_day | statutory |
| cica.review_request | 90 | calendar_days | next_working_day | statutory |
| cica.ftt_appeal | 90 | calendar_days | next_working_day | statutory |
| social.referral_decision | 1 | working_days | none | statutory guidance |
| social.assessment | 45 | working_days | none | statutory guidance |
| social.icpc | 15 | working_days | none | statutory guidance |
| social.first_review_conference | 3 | months | previous_working_day | statutory guidance |
| social.later_review_conference | 6 | months | previous_working_day | statutory guidance |
| sar.response | 1 | months | next_working_day | statutory |
| sar.response_extended | 3 | months | next_working_day | statutory |
| comms.reply_expected | 10 | working_days | none | practice (default, per counterpart) |
`;

const CERTAINTY_WORDS: Record<string, string> = {
  'policy target': 'policy_target',
  statutory: 'statutory',
  policy: 'policy',
  'policy (configurable)': 'policy',
  practice: 'practice',
  'statutory guidance': 'statutory_guidance',
  'practice (default, per counterpart)': 'practice',
};

const expected = DOMAIN_TABLE.trim()
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, id, period, unit, roll, certainty]) => ({
    id,
    period: Number(period),
    unit,
    roll,
    certainty: CERTAINTY_WORDS[certainty ?? ''],
    configurable: certainty?.includes('configurable') || certainty?.includes('per counterpart') || false,
  }));

describe('the rule catalogue', () => {
  it('has exactly the 28 rules of DOMAIN.md §3, in order, with their period, unit, roll and certainty', () => {
    expect(expected).toHaveLength(28);
    expect(
      listRules().map(({ id, period, unit, roll, certainty, configurable }) => ({
        id,
        period,
        unit,
        roll,
        certainty,
        configurable,
      })),
    ).toEqual(expected);
    expect([...RULE_IDS]).toEqual(expected.map((r) => r.id));
  });

  it('gives every rule a title, a trigger description and a source', () => {
    for (const rule of listRules()) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.triggerDescription, rule.id).toMatch(/^(the|receipt) /);
      expect(rule.source.length, rule.id).toBeGreaterThan(5);
    }
  });

  it('explains the configurable and otherwise qualified rules', () => {
    expect(findRule('asylum.move_on_after_grant')?.notes).toMatch(/56/);
    expect(findRule('asylum.move_on_after_grant')?.notes).toMatch(/paused in Sept 2025/);
    expect(findRule('comms.reply_expected')?.notes).toMatch(/per counterpart/);
    expect(findRule('nrm.recovery_period_end')?.notes).toMatch(/45 days before 13 Dec 2022/);
    expect(findRule('nrm.rg_decision_target')?.notes).toMatch(/not a legal limit/);
    expect(findRule('sar.response')?.notes).toMatch(/clock pauses/);
  });

  it('marks the First-tier Tribunal (IAC) roll as unconfirmed, and only there', () => {
    expect(
      listRules()
        .filter((r) => r.rollUncertain)
        .map((r) => r.id),
    ).toEqual(['asylum.ftt_appeal_in_uk', 'asylum.ftt_appeal_out_of_uk', 'asylum.ut_permission_at_ftt']);
  });

  it('recognises rule ids', () => {
    expect(isRuleId('sar.response')).toBe(true);
    expect(isRuleId('sar.nope')).toBe(false);
    expect(findRule('toString')).toBeUndefined();
    expect(ruleIdSchema.safeParse('social.icpc').success).toBe(true);
    expect(ruleIdSchema.safeParse('social.ICPC').success).toBe(false);
  });

  it('cannot be changed by a caller', () => {
    const rule = listRules()[0];
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(listRules())).toBe(true);
  });
});
