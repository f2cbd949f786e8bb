import { describe, expect, it } from 'vitest';
import { MATTER_KINDS, STAGE_MACHINES } from '../matters/kinds.ts';
import { isRuleId } from './rules.ts';
import { deadlinesForStage } from './triggers.ts';

const rules = (...args: Parameters<typeof deadlinesForStage>) =>
  deadlinesForStage(...args).map((d) => d.ruleId);

describe('deadlinesForStage', () => {
  it('starts the police deadlines: VRR on no further action, Victims’ Code updates on key decisions', () => {
    expect(rules('police_report', 'no_further_action', {})).toEqual([
      'police.vrr_police_request',
      'police.victims_code_update',
    ]);
    expect(rules('police_report', 'charged', { victimsCodeEntitlement: 'standard' })).toEqual([
      'police.victims_code_update',
    ]);
    expect(rules('police_report', 'suspect_interviewed', { victimsCodeEntitlement: 'enhanced' })).toEqual([
      'police.victims_code_update_enhanced',
    ]);
    expect(rules('police_report', 'no_further_action', { victimsCodeEntitlement: 'enhanced' })).toEqual([
      'police.vrr_police_request',
      'police.victims_code_update_enhanced',
    ]);
    expect(rules('police_report', 'reported', {})).toEqual([]);
    expect(rules('police_report', 'crime_recorded', null)).toEqual([]);
  });

  it('starts the NRM deadlines', () => {
    expect(rules('nrm_referral', 'referred', {})).toEqual(['nrm.rg_decision_target']);
    expect(rules('nrm_referral', 'rg_positive', {})).toEqual(['nrm.recovery_period_end']);
    expect(rules('nrm_referral', 'rg_negative', {})).toEqual(['nrm.reconsideration_request']);
    expect(rules('nrm_referral', 'cg_negative', {})).toEqual(['nrm.reconsideration_request']);
    expect(rules('nrm_referral', 'cg_positive', {})).toEqual(['nrm.move_on_support_end']);
    expect(rules('nrm_referral', 'withdrawn', {})).toEqual([]);
  });

  it('starts the asylum deadlines from the date the refusal was sent when known', () => {
    expect(deadlinesForStage('asylum_claim', 'refused', { decisionSentDate: '2026-04-20' })).toEqual([
      { ruleId: 'asylum.ftt_appeal_in_uk', trigger: '2026-04-20' },
      { ruleId: 'asylum.support_ends_after_refusal', trigger: '2026-04-20' },
    ]);
    expect(deadlinesForStage('asylum_claim', 'refused', { decisionSentDate: null })).toEqual([
      { ruleId: 'asylum.ftt_appeal_in_uk' },
      { ruleId: 'asylum.support_ends_after_refusal' },
    ]);
    expect(rules('asylum_claim', 'appeal_dismissed', {})).toEqual(['asylum.ut_permission_at_ftt']);
    expect(rules('asylum_claim', 'granted', {})).toEqual(['asylum.move_on_after_grant']);
    expect(rules('asylum_claim', 'claimed', {})).toEqual([]);
  });

  it('starts the children’s services deadlines', () => {
    expect(rules('social_services', 'referral_received', {})).toEqual([
      'social.referral_decision',
      'social.assessment',
    ]);
    expect(rules('social_services', 'strategy_discussion', {})).toEqual(['social.icpc']);
    expect(rules('social_services', 'child_protection_plan', {})).toEqual(['social.first_review_conference']);
    expect(rules('social_services', 'closed', {})).toEqual([]);
  });

  it('names only catalogue rules, and only for stages the machines know', () => {
    for (const kind of MATTER_KINDS) {
      const machine = STAGE_MACHINES[kind];
      for (const stage of machine.stages) {
        for (const d of deadlinesForStage(kind, stage, { victimsCodeEntitlement: 'enhanced' })) {
          expect(isRuleId(d.ruleId)).toBe(true);
        }
      }
    }
    const triggering = [
      ['police_report', 'no_further_action'],
      ['police_report', 'suspect_interviewed'],
      ['police_report', 'charged'],
      ['nrm_referral', 'referred'],
      ['nrm_referral', 'rg_positive'],
      ['nrm_referral', 'rg_negative'],
      ['nrm_referral', 'cg_positive'],
      ['nrm_referral', 'cg_negative'],
      ['asylum_claim', 'refused'],
      ['asylum_claim', 'appeal_dismissed'],
      ['asylum_claim', 'granted'],
      ['social_services', 'referral_received'],
      ['social_services', 'strategy_discussion'],
      ['social_services', 'child_protection_plan'],
    ] as const;
    for (const [kind, stage] of triggering) {
      const machine = STAGE_MACHINES[kind];
      expect(machine.stages).toContain(stage);
    }
  });
});
