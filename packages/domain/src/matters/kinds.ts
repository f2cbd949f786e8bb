import { z } from 'zod';
import { defineStageMachine, type StageMachine } from './stage-machine.ts';

export const MATTER_KINDS = ['police_report', 'nrm_referral', 'asylum_claim', 'social_services'] as const;
export const matterKindSchema = z.enum(MATTER_KINDS, { error: 'Choose a kind of matter' });
export type MatterKind = z.infer<typeof matterKindSchema>;

export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  police_report: 'Police report',
  nrm_referral: 'NRM referral',
  asylum_claim: 'Asylum claim',
  social_services: 'Social services',
};

// Stages and moves follow DOMAIN.md §2. "No further action", refusals and dismissals are not dead ends:
// reviews, reconsiderations, appeals and fresh claims lead on from them.
export const policeReportMachine = defineStageMachine({
  stages: [
    'considering_report',
    'reported',
    'crime_recorded',
    'investigating',
    'suspect_interviewed',
    'no_further_action',
    'review_requested',
    'charged',
    'at_court',
    'convicted',
    'acquitted',
    'withdrawn',
    'closed',
  ],
  initial: ['considering_report', 'reported', 'crime_recorded', 'investigating'],
  transitions: {
    considering_report: ['reported', 'withdrawn'],
    reported: ['crime_recorded', 'investigating', 'no_further_action', 'withdrawn'],
    crime_recorded: ['investigating', 'no_further_action', 'withdrawn'],
    investigating: ['suspect_interviewed', 'charged', 'no_further_action', 'withdrawn'],
    suspect_interviewed: ['investigating', 'charged', 'no_further_action', 'withdrawn'],
    no_further_action: ['review_requested'],
    review_requested: ['investigating', 'charged', 'no_further_action'],
    charged: ['at_court', 'no_further_action', 'withdrawn'],
    at_court: ['convicted', 'acquitted', 'no_further_action', 'withdrawn'],
    convicted: [],
    acquitted: [],
    withdrawn: ['reported'],
    closed: [],
  },
  labels: {
    considering_report: 'Considering a report',
    reported: 'Reported',
    crime_recorded: 'Crime recorded',
    investigating: 'Under investigation',
    suspect_interviewed: 'Suspect interviewed',
    no_further_action: 'No further action',
    review_requested: 'Review requested (Victims’ Right to Review)',
    charged: 'Charged',
    at_court: 'At court',
    convicted: 'Convicted',
    acquitted: 'Acquitted',
    withdrawn: 'Withdrawn',
    closed: 'Closed',
  },
});

export const nrmReferralMachine = defineStageMachine({
  stages: [
    'referral_considered',
    'referred',
    'rg_positive',
    'rg_negative',
    'reconsideration_requested',
    'cg_positive',
    'cg_negative',
    'public_order_disqualified',
    'withdrawn',
    'closed',
  ],
  initial: ['referral_considered', 'referred'],
  transitions: {
    referral_considered: ['referred', 'withdrawn'],
    referred: ['rg_positive', 'rg_negative', 'withdrawn'],
    rg_positive: ['cg_positive', 'cg_negative', 'public_order_disqualified', 'withdrawn'],
    rg_negative: ['reconsideration_requested'],
    reconsideration_requested: ['rg_positive', 'rg_negative', 'cg_positive', 'cg_negative'],
    cg_positive: [],
    cg_negative: ['reconsideration_requested'],
    public_order_disqualified: ['reconsideration_requested'],
    withdrawn: [],
    closed: [],
  },
  labels: {
    referral_considered: 'Referral being considered',
    referred: 'Referred',
    rg_positive: 'Positive Reasonable Grounds decision',
    rg_negative: 'Negative Reasonable Grounds decision',
    reconsideration_requested: 'Reconsideration requested',
    cg_positive: 'Positive Conclusive Grounds decision',
    cg_negative: 'Negative Conclusive Grounds decision',
    public_order_disqualified: 'Disqualified on public order grounds',
    withdrawn: 'Withdrawn',
    closed: 'Closed',
  },
});

export const asylumClaimMachine = defineStageMachine({
  stages: [
    'intending_to_claim',
    'claimed',
    'screened',
    'interview_booked',
    'interviewed',
    'awaiting_decision',
    'granted',
    'refused',
    'appeal_lodged',
    'hearing_listed',
    'appeal_allowed',
    'appeal_dismissed',
    'onward_appeal',
    'fresh_claim',
    'withdrawn',
    'closed',
  ],
  initial: ['intending_to_claim', 'claimed', 'screened', 'interview_booked', 'awaiting_decision'],
  transitions: {
    intending_to_claim: ['claimed', 'withdrawn'],
    claimed: ['screened', 'withdrawn'],
    screened: ['interview_booked', 'awaiting_decision', 'withdrawn'],
    interview_booked: ['interviewed', 'withdrawn'],
    interviewed: ['awaiting_decision', 'granted', 'refused', 'withdrawn'],
    awaiting_decision: ['granted', 'refused', 'interview_booked', 'withdrawn'],
    granted: [],
    refused: ['appeal_lodged', 'fresh_claim'],
    appeal_lodged: ['hearing_listed', 'withdrawn'],
    hearing_listed: ['appeal_allowed', 'appeal_dismissed', 'withdrawn'],
    appeal_allowed: ['granted'],
    appeal_dismissed: ['onward_appeal', 'fresh_claim'],
    onward_appeal: ['hearing_listed', 'appeal_allowed', 'appeal_dismissed', 'fresh_claim'],
    fresh_claim: ['awaiting_decision', 'granted', 'refused'],
    withdrawn: ['fresh_claim'],
    closed: [],
  },
  labels: {
    intending_to_claim: 'Intending to claim',
    claimed: 'Claimed',
    screened: 'Screened',
    interview_booked: 'Substantive interview booked',
    interviewed: 'Interviewed',
    awaiting_decision: 'Awaiting decision',
    granted: 'Granted',
    refused: 'Refused',
    appeal_lodged: 'Appeal lodged',
    hearing_listed: 'Hearing listed',
    appeal_allowed: 'Appeal allowed',
    appeal_dismissed: 'Appeal dismissed',
    onward_appeal: 'Onward appeal',
    fresh_claim: 'Fresh claim',
    withdrawn: 'Withdrawn',
    closed: 'Closed',
  },
});

export const socialServicesMachine = defineStageMachine({
  stages: [
    'referral_received',
    'assessment',
    's47_enquiry',
    'strategy_discussion',
    'icpc_booked',
    'child_protection_plan',
    'child_in_need_plan',
    'care_proceedings',
    'no_further_action',
    'closed',
  ],
  initial: ['referral_received', 'assessment', 'child_in_need_plan', 'child_protection_plan'],
  transitions: {
    referral_received: ['assessment', 'strategy_discussion', 'no_further_action'],
    assessment: ['strategy_discussion', 'child_in_need_plan', 'no_further_action'],
    strategy_discussion: ['s47_enquiry', 'child_in_need_plan', 'no_further_action'],
    s47_enquiry: ['icpc_booked', 'child_in_need_plan', 'no_further_action'],
    icpc_booked: ['child_protection_plan', 'child_in_need_plan', 'no_further_action'],
    child_protection_plan: ['child_in_need_plan', 'care_proceedings', 'no_further_action'],
    child_in_need_plan: ['assessment', 'strategy_discussion', 'no_further_action'],
    care_proceedings: ['child_protection_plan', 'no_further_action'],
    no_further_action: ['referral_received'],
    closed: [],
  },
  labels: {
    referral_received: 'Referral received',
    assessment: 'Assessment (child and family)',
    s47_enquiry: 'Section 47 enquiry',
    strategy_discussion: 'Strategy discussion',
    icpc_booked: 'Initial child protection conference booked',
    child_protection_plan: 'Child protection plan',
    child_in_need_plan: 'Child in need plan (section 17)',
    care_proceedings: 'Care proceedings',
    no_further_action: 'No further action',
    closed: 'Closed',
  },
});

export const STAGE_MACHINES: Record<MatterKind, StageMachine<string>> = {
  police_report: policeReportMachine,
  nrm_referral: nrmReferralMachine,
  asylum_claim: asylumClaimMachine,
  social_services: socialServicesMachine,
};

export function stageLabel(kind: MatterKind, stage: string): string {
  const labels = STAGE_MACHINES[kind].labels;
  return Object.hasOwn(labels, stage) ? (labels[stage] ?? stage) : stage;
}
