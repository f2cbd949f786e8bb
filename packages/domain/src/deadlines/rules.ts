import { z } from 'zod';

export const RULE_IDS = [
  'nrm.rg_decision_target',
  'nrm.recovery_period_end',
  'nrm.reconsideration_request',
  'nrm.move_on_support_end',
  'asylum.ftt_appeal_in_uk',
  'asylum.ftt_appeal_out_of_uk',
  'asylum.ut_permission_at_ftt',
  'asylum.ut_permission_renewed',
  'asylum.coa_permission',
  'asylum.support_ends_after_refusal',
  'asylum.move_on_after_grant',
  'police.victims_code_update',
  'police.victims_code_update_enhanced',
  'police.vrr_police_request',
  'police.vrr_cps_request',
  'police.complaint',
  'police.complaint_review',
  'cica.application',
  'cica.review_request',
  'cica.ftt_appeal',
  'social.referral_decision',
  'social.assessment',
  'social.icpc',
  'social.first_review_conference',
  'social.later_review_conference',
  'sar.response',
  'sar.response_extended',
  'comms.reply_expected',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export const ruleIdSchema = z.enum(RULE_IDS, { error: 'Choose a deadline rule from the catalogue' });

export const PERIOD_UNITS = ['calendar_days', 'working_days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const ROLLS = ['next_working_day', 'previous_working_day', 'none'] as const;
export type Roll = (typeof ROLLS)[number];

export const CERTAINTIES = [
  'statutory',
  'statutory_guidance',
  'policy',
  'policy_target',
  'practice',
  'uncertain',
] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  statutory: 'Statutory',
  statutory_guidance: 'Statutory guidance',
  policy: 'Policy',
  policy_target: 'Policy target (not a legal limit)',
  practice: 'Practice',
  uncertain: 'Uncertain',
};

export interface DeadlineRule {
  id: RuleId;
  title: string;
  /** Reads after "N days after …": "the decision was sent". */
  triggerDescription: string;
  period: number;
  unit: PeriodUnit;
  roll: Roll;
  certainty: Certainty;
  /** The period may be set per case or per counterpart (`computeDeadline({ period })`). */
  configurable: boolean;
  /**
   * The tribunal's own rule on a time limit ending on a non-working day was not confirmed: the rolled date is
   * shown with the unrolled one and the result is marked uncertain.
   */
  rollUncertain: boolean;
  source: string;
  notes: string | null;
}

type RuleEntry = Omit<DeadlineRule, 'id' | 'configurable' | 'rollUncertain' | 'notes'> &
  Partial<Pick<DeadlineRule, 'configurable' | 'rollUncertain' | 'notes'>>;

const NRM_GUIDANCE =
  'Modern Slavery Act 2015 statutory guidance (Hansard written statement 13 Dec 2022 on the statutory guidance)';
const FTT_IAC = 'Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014';
const UT_RULES = 'Tribunal Procedure (Upper Tribunal) Rules 2008';
const VICTIMS_CODE = 'Code of Practice for Victims of Crime 2021; Victims and Prisoners Act 2024';
const CICA_SCHEME = 'Criminal Injuries Compensation Scheme 2012';
const WORKING_TOGETHER =
  'Working Together to Safeguard Children 2023 (via London Child Protection Procedures)';
const SAR =
  'UK GDPR Art 12(3); ICO guidance on subject access time limits; Data (Use and Access) Act 2025 s76';
const FTT_ROLL_NOTE =
  'Whether the First-tier Tribunal (IAC) moves a time limit that ends on a weekend or bank holiday to the next ' +
  'working day was not confirmed: when it does, both dates are shown and the deadline is marked uncertain.';

const CATALOGUE: Record<RuleId, RuleEntry> = {
  'nrm.rg_decision_target': {
    title: 'NRM Reasonable Grounds decision (target)',
    triggerDescription: 'the NRM referral',
    period: 5,
    unit: 'working_days',
    roll: 'none',
    certainty: 'policy_target',
    source: `${NRM_GUIDANCE}; Home Office NRM statistics annex 2025`,
    notes: 'A policy target, not a legal limit; delays are common.',
  },
  'nrm.recovery_period_end': {
    title: 'NRM recovery period ends',
    triggerDescription: 'the positive Reasonable Grounds decision',
    period: 30,
    unit: 'calendar_days',
    roll: 'none',
    certainty: 'statutory',
    source: 'Modern Slavery Act 2015 s50A; Nationality and Borders Act 2022 (ss60-65)',
    notes:
      'At least 30 days, or until the Conclusive Grounds decision if that is later. ' +
      'The period was 45 days before 13 Dec 2022.',
  },
  'nrm.reconsideration_request': {
    title: 'NRM reconsideration request',
    triggerDescription: 'the negative Reasonable Grounds or Conclusive Grounds decision',
    period: 30,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'policy',
    source: NRM_GUIDANCE,
    notes: 'An extension is given only in exceptional circumstances; the policy is under legal challenge.',
  },
  'nrm.move_on_support_end': {
    title: 'NRM move-on support ends after a positive Conclusive Grounds decision',
    triggerDescription: 'the Conclusive Grounds decision was served',
    period: 45,
    unit: 'calendar_days',
    roll: 'none',
    certainty: 'policy',
    source: NRM_GUIDANCE,
    notes: 'At least 45 days; can be extended after a recovery needs assessment.',
  },
  'asylum.ftt_appeal_in_uk': {
    title: 'Asylum appeal to the First-tier Tribunal (in the UK, including detained)',
    triggerDescription: 'the notice of decision was sent',
    period: 14,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    rollUncertain: true,
    source: `${FTT_IAC} r19`,
    notes: `The appeal must be received by the tribunal within the period. ${FTT_ROLL_NOTE}`,
  },
  'asylum.ftt_appeal_out_of_uk': {
    title: 'Asylum appeal to the First-tier Tribunal (from outside the UK)',
    triggerDescription: 'the appellant left the UK or received the decision',
    period: 28,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    rollUncertain: true,
    source: `${FTT_IAC} r19`,
    notes: FTT_ROLL_NOTE,
  },
  'asylum.ut_permission_at_ftt': {
    title: 'Permission to appeal to the Upper Tribunal (applied for at the First-tier Tribunal)',
    triggerDescription: "the First-tier Tribunal's written reasons were sent",
    period: 14,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    rollUncertain: true,
    source: `${FTT_IAC} r33`,
    notes: `28 days if the appellant is outside the UK. ${FTT_ROLL_NOTE}`,
  },
  'asylum.ut_permission_renewed': {
    title: 'Renewed application to the Upper Tribunal for permission to appeal',
    triggerDescription: "the First-tier Tribunal's refusal of permission was sent",
    period: 14,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: `${UT_RULES} r21 and r12`,
    notes: '14 days in the UK; 1 month if the appellant is outside the UK.',
  },
  'asylum.coa_permission': {
    title: 'Permission to appeal to the Court of Appeal (applied for at the Upper Tribunal)',
    triggerDescription: "the Upper Tribunal's decision was sent",
    period: 12,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory',
    source: `${UT_RULES} r44`,
    notes: '12 working days when the appellant is in the UK.',
  },
  'asylum.support_ends_after_refusal': {
    title: 'Asylum support ends after a refusal',
    triggerDescription: 'the negative decision',
    period: 21,
    unit: 'calendar_days',
    roll: 'none',
    certainty: 'practice',
    source: "Home Office asylum support practice (21 days' notice of discontinuation)",
    notes: null,
  },
  'asylum.move_on_after_grant': {
    title: 'Move-on period after a grant of status',
    triggerDescription: 'the grant or discontinuation letter',
    period: 28,
    unit: 'calendar_days',
    roll: 'none',
    certainty: 'policy',
    configurable: true,
    source: 'Home Office asylum support move-on policy',
    notes:
      '28 days, or 56 for some groups: the 56-day pilot was paused in Sept 2025 for most single adults, ' +
      'so check which applies and set the period for the case.',
  },
  'police.victims_code_update': {
    title: 'Victims’ Code: police tell the victim of a key decision',
    triggerDescription: 'the police decision',
    period: 5,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory',
    source: VICTIMS_CODE,
    notes:
      'Key decisions: arrest, charge, no further action, bail changes, a decision not to investigate. ' +
      'Victims entitled to enhanced rights must be told within 1 working day.',
  },
  'police.victims_code_update_enhanced': {
    title: 'Victims’ Code: police tell the victim of a key decision (enhanced rights)',
    triggerDescription: 'the police decision',
    period: 1,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory',
    source: VICTIMS_CODE,
    notes:
      'Key decisions: arrest, charge, no further action, bail changes, a decision not to investigate. ' +
      'Enhanced rights: victims of serious crime, persistently targeted, or vulnerable or intimidated.',
  },
  'police.vrr_police_request': {
    title: 'Victims’ Right to Review of a police decision not to charge',
    triggerDescription: 'the victim was told of the decision not to charge',
    period: 3,
    unit: 'months',
    roll: 'next_working_day',
    certainty: 'policy',
    source: `${VICTIMS_CODE} (Victims’ Right to Review scheme)`,
    notes: 'The force should acknowledge within 10 working days and give the outcome within 30 working days.',
  },
  'police.vrr_cps_request': {
    title: 'Victims’ Right to Review of a CPS decision',
    triggerDescription: 'the CPS decision was communicated',
    period: 3,
    unit: 'months',
    roll: 'next_working_day',
    certainty: 'policy',
    source: `${VICTIMS_CODE} (Victims’ Right to Review scheme)`,
    notes: 'Ideally within 10 working days; at most 3 months.',
  },
  'police.complaint': {
    title: 'Complaint about the police',
    triggerDescription: 'the incident',
    period: 12,
    unit: 'months',
    roll: 'next_working_day',
    certainty: 'practice',
    source: 'Police complaints system (Police (Complaints and Misconduct) Regulations 2020)',
    notes: 'A complaint made later is not ruled out, but the delay needs to be explained.',
  },
  'police.complaint_review': {
    title: 'Review of the outcome of a police complaint',
    triggerDescription: 'the complaint outcome was given',
    period: 28,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: 'Police (Complaints and Misconduct) Regulations 2020 reg 29',
    notes:
      'The 28 days begin with the day after the outcome is given, so they end 28 days after the outcome date.',
  },
  'cica.application': {
    title: 'Criminal injuries compensation application',
    triggerDescription: 'the incident',
    period: 2,
    unit: 'years',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: `${CICA_SCHEME} paras 87-89`,
    notes: 'A child victim reported before 18 can apply until their 20th birthday.',
  },
  'cica.review_request': {
    title: 'Criminal injuries compensation: request for a review',
    triggerDescription: 'the CICA decision',
    period: 90,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: CICA_SCHEME,
    notes: null,
  },
  'cica.ftt_appeal': {
    title: 'Criminal injuries compensation: appeal to the First-tier Tribunal',
    triggerDescription: 'the review decision',
    period: 90,
    unit: 'calendar_days',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: `${CICA_SCHEME}; gov.uk "Criminal injuries compensation tribunal"`,
    notes: null,
  },
  'social.referral_decision': {
    title: "Children's services decide what to do about a referral",
    triggerDescription: 'the referral',
    period: 1,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory_guidance',
    source: WORKING_TOGETHER,
    notes: null,
  },
  'social.assessment': {
    title: 'Child and family assessment completed',
    triggerDescription: 'the referral',
    period: 45,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory_guidance',
    source: WORKING_TOGETHER,
    notes: 'At most 45 working days.',
  },
  'social.icpc': {
    title: 'Initial child protection conference',
    triggerDescription: 'the strategy discussion that started the section 47 enquiry',
    period: 15,
    unit: 'working_days',
    roll: 'none',
    certainty: 'statutory_guidance',
    source: WORKING_TOGETHER,
    notes: null,
  },
  'social.first_review_conference': {
    title: 'First child protection review conference',
    triggerDescription: 'the initial child protection conference',
    period: 3,
    unit: 'months',
    roll: 'previous_working_day',
    certainty: 'statutory_guidance',
    source: WORKING_TOGETHER,
    notes: null,
  },
  'social.later_review_conference': {
    title: 'Later child protection review conference',
    triggerDescription: 'the previous review conference',
    period: 6,
    unit: 'months',
    roll: 'previous_working_day',
    certainty: 'statutory_guidance',
    source: WORKING_TOGETHER,
    notes: 'At most 6 months after the previous review.',
  },
  'sar.response': {
    title: 'Response to a subject access request',
    triggerDescription: 'receipt of the request',
    period: 1,
    unit: 'months',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: SAR,
    notes:
      'The day of receipt counts as day 1. Extendable by 2 months for complex or numerous requests; ' +
      'the clock pauses while the organisation waits for ID or clarification.',
  },
  'sar.response_extended': {
    title: 'Response to a subject access request (extended)',
    triggerDescription: 'receipt of the request',
    period: 3,
    unit: 'months',
    roll: 'next_working_day',
    certainty: 'statutory',
    source: SAR,
    notes:
      'The 1 month plus the 2-month extension; the requester must be told of the extension within the first month.',
  },
  'comms.reply_expected': {
    title: 'Reply expected to a letter',
    triggerDescription: 'the letter was sent',
    period: 10,
    unit: 'working_days',
    roll: 'none',
    certainty: 'practice',
    configurable: true,
    source: "Umbrella's practice default",
    notes: 'A practice default of 10 working days, editable per counterpart.',
  },
};

const RULES: readonly DeadlineRule[] = Object.freeze(
  RULE_IDS.map((id) =>
    Object.freeze({
      id,
      configurable: false,
      rollUncertain: false,
      notes: null,
      ...CATALOGUE[id],
    }),
  ),
);

const BY_ID = new Map<string, DeadlineRule>(RULES.map((rule) => [rule.id, rule]));

/** The whole catalogue, in the order of DOMAIN.md §3. */
export function listRules(): readonly DeadlineRule[] {
  return RULES;
}

export function findRule(id: string): DeadlineRule | undefined {
  return BY_ID.get(id);
}

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && BY_ID.has(value);
}
