import type { MatterKind } from './kinds.ts';

/**
 * Some stage changes are decisions whose outcome and date belong in the matter's details too: recording
 * "refused" on an asylum claim on 2 Mar 2026 also records decision = refused, decision date = 2 Mar 2026.
 * Returns the detail fields to set (only those the stage implies).
 */
export function detailsImpliedByStage(
  kind: MatterKind,
  stage: string,
  occurredOn: string,
): Record<string, string> {
  switch (kind) {
    case 'asylum_claim':
      if (stage === 'granted' || stage === 'refused') return { decision: stage, decisionDate: occurredOn };
      if (stage === 'claimed') return { claimDate: occurredOn };
      if (stage === 'screened') return { screeningDate: occurredOn };
      if (stage === 'interviewed') return { substantiveInterviewDate: occurredOn };
      return {};
    case 'nrm_referral':
      if (stage === 'referred') return { referralDate: occurredOn };
      if (stage === 'rg_positive' || stage === 'rg_negative') {
        return {
          reasonableGroundsDecision: stage === 'rg_positive' ? 'positive' : 'negative',
          reasonableGroundsDate: occurredOn,
        };
      }
      if (stage === 'cg_positive' || stage === 'cg_negative') {
        return {
          conclusiveGroundsDecision: stage === 'cg_positive' ? 'positive' : 'negative',
          conclusiveGroundsDate: occurredOn,
        };
      }
      return {};
    case 'police_report':
      return stage === 'reported' ? { dateReported: occurredOn } : {};
    case 'social_services':
      if (stage === 'strategy_discussion') return { strategyDiscussionDate: occurredOn };
      if (stage === 'child_protection_plan') return { initialConferenceDate: occurredOn };
      return {};
  }
}

/**
 * Decision fields that only a stage change may set: editing the details must not record a decision the
 * stage machine has not seen (deadlines hang off these).
 */
export const STAGE_DECISION_FIELDS: Record<MatterKind, readonly string[]> = {
  asylum_claim: ['decision'],
  nrm_referral: ['reasonableGroundsDecision', 'conclusiveGroundsDecision'],
  police_report: [],
  social_services: [],
};
