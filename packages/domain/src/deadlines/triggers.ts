import type { MatterKind } from '../matters/kinds.ts';
import type { RuleId } from './rules.ts';

/** A deadline a stage event starts: the rule, and its trigger date when it is not the stage's own date. */
export interface StageDeadline {
  ruleId: RuleId;
  /** `YYYY-MM-DD`; absent means the date the stage happened. */
  trigger?: string;
}

/** The matter's typed details, as far as the triggers read them. */
export type StageTriggerDetails = Readonly<Record<string, unknown>> | null | undefined;

/** Police decisions the victim must be told of (Victims' Code): interview, charge, no further action. */
const KEY_POLICE_DECISIONS: readonly string[] = ['suspect_interviewed', 'charged', 'no_further_action'];

const dateDetail = (details: StageTriggerDetails, key: string): string | undefined => {
  const value = details?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * The deadlines a matter's move to `toStage` starts (DOMAIN.md §2, "Stage events that start a deadline").
 * Pure: the caller computes each with `computeDeadline` from the trigger (default the stage's date).
 *
 * Not modelled: `asylum.ftt_appeal_out_of_uk` (claims decided abroad; add it by hand), CPS decisions
 * (`police.vrr_cps_request`) and later review conferences, which no stage of the machines records yet.
 */
export function deadlinesForStage(
  kind: MatterKind,
  toStage: string,
  details: StageTriggerDetails,
): StageDeadline[] {
  switch (kind) {
    case 'police_report': {
      const found: StageDeadline[] = [];
      if (toStage === 'no_further_action') found.push({ ruleId: 'police.vrr_police_request' });
      if (KEY_POLICE_DECISIONS.includes(toStage)) {
        found.push({
          ruleId:
            details?.victimsCodeEntitlement === 'enhanced'
              ? 'police.victims_code_update_enhanced'
              : 'police.victims_code_update',
        });
      }
      return found;
    }
    case 'nrm_referral':
      switch (toStage) {
        case 'referred':
          return [{ ruleId: 'nrm.rg_decision_target' }];
        case 'rg_positive':
          return [{ ruleId: 'nrm.recovery_period_end' }];
        case 'rg_negative':
        case 'cg_negative':
          return [{ ruleId: 'nrm.reconsideration_request' }];
        case 'cg_positive':
          return [{ ruleId: 'nrm.move_on_support_end' }];
        default:
          return [];
      }
    case 'asylum_claim':
      switch (toStage) {
        case 'refused': {
          const sent = dateDetail(details, 'decisionSentDate');
          const withTrigger = (ruleId: RuleId): StageDeadline =>
            sent ? { ruleId, trigger: sent } : { ruleId };
          return [withTrigger('asylum.ftt_appeal_in_uk'), withTrigger('asylum.support_ends_after_refusal')];
        }
        case 'appeal_dismissed':
          return [{ ruleId: 'asylum.ut_permission_at_ftt' }];
        case 'granted':
          return [{ ruleId: 'asylum.move_on_after_grant' }];
        default:
          return [];
      }
    case 'social_services':
      switch (toStage) {
        case 'referral_received':
          return [{ ruleId: 'social.referral_decision' }, { ruleId: 'social.assessment' }];
        case 'strategy_discussion':
          return [{ ruleId: 'social.icpc' }];
        case 'child_protection_plan':
          return [{ ruleId: 'social.first_review_conference' }];
        default:
          return [];
      }
  }
}
