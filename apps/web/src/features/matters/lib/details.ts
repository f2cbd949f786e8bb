import {
  asylumClaimDetailsInput,
  nrmReferralDetailsInput,
  policeReportDetailsInput,
  socialServicesDetailsInput,
  type AgencyCategory,
  type MatterKind,
} from '@umbrella/domain';
import type { z } from 'zod';

/** A field of a matter's typed details: how to label it, edit it and show it. */
export type DetailField =
  | { name: DetailName; label: string; type: 'text' | 'date' | 'textarea'; hint?: string }
  | { name: DetailName; label: string; type: 'boolean'; hint?: string }
  | { name: DetailName; label: string; type: 'select'; options: Record<string, string>; hint?: string }
  | { name: DetailName; label: string; type: 'agency'; category: AgencyCategory; hint?: string }
  | { name: 'children'; label: string; type: 'children'; hint?: string };

export interface ChildRow {
  firstName: string;
  /** Text while editing: a number input's value. */
  age: string;
}

/** Every detail field of every kind, as form controls hold them ('' for nothing chosen or typed). */
export interface DetailsFormValues {
  forceAgencyId: string;
  crimeReference: string;
  dateReported: string;
  offence: string;
  clientRole: string;
  officerInCharge: string;
  officerContact: string;
  victimsCodeEntitlement: string;
  firstResponderOrganisation: string;
  referralDate: string;
  consentRecorded: boolean;
  nrmReference: string;
  reasonableGroundsDecision: string;
  reasonableGroundsDate: string;
  conclusiveGroundsDecision: string;
  conclusiveGroundsDate: string;
  supportProvider: string;
  homeOfficeReference: string;
  claimDate: string;
  screeningDate: string;
  substantiveInterviewDate: string;
  decision: string;
  decisionDate: string;
  decisionSentDate: string;
  appealNumber: string;
  hearingDate: string;
  legalRepresentative: string;
  detained: boolean;
  reportingConditions: string;
  supportType: string;
  localAuthority: string;
  socialWorker: string;
  children: ChildRow[];
  strategyDiscussionDate: string;
  initialConferenceDate: string;
  reviewConferenceDate: string;
}

type DetailName = Exclude<keyof DetailsFormValues, 'children'>;

export const EMPTY_DETAILS: DetailsFormValues = {
  forceAgencyId: '',
  crimeReference: '',
  dateReported: '',
  offence: '',
  clientRole: '',
  officerInCharge: '',
  officerContact: '',
  victimsCodeEntitlement: '',
  firstResponderOrganisation: '',
  referralDate: '',
  consentRecorded: false,
  nrmReference: '',
  reasonableGroundsDecision: '',
  reasonableGroundsDate: '',
  conclusiveGroundsDecision: '',
  conclusiveGroundsDate: '',
  supportProvider: '',
  homeOfficeReference: '',
  claimDate: '',
  screeningDate: '',
  substantiveInterviewDate: '',
  decision: '',
  decisionDate: '',
  decisionSentDate: '',
  appealNumber: '',
  hearingDate: '',
  legalRepresentative: '',
  detained: false,
  reportingConditions: '',
  supportType: '',
  localAuthority: '',
  socialWorker: '',
  children: [],
  strategyDiscussionDate: '',
  initialConferenceDate: '',
  reviewConferenceDate: '',
};

const POSITIVE_NEGATIVE = { positive: 'Positive', negative: 'Negative' };

export const DETAIL_FIELDS: Record<MatterKind, DetailField[]> = {
  police_report: [
    { name: 'forceAgencyId', label: 'Police force', type: 'agency', category: 'police' },
    { name: 'crimeReference', label: 'Crime reference', type: 'text' },
    { name: 'dateReported', label: 'Date reported', type: 'date' },
    { name: 'offence', label: 'Offence', type: 'text' },
    {
      name: 'clientRole',
      label: 'Their part in it',
      type: 'select',
      options: { victim: 'Victim', witness: 'Witness', suspect: 'Suspect' },
    },
    { name: 'officerInCharge', label: 'Officer in charge', type: 'text' },
    { name: 'officerContact', label: 'Officer’s contact details', type: 'text' },
    {
      name: 'victimsCodeEntitlement',
      label: 'Victims’ Code entitlement',
      type: 'select',
      options: { standard: 'Standard', enhanced: 'Enhanced' },
    },
  ],
  nrm_referral: [
    { name: 'firstResponderOrganisation', label: 'First responder organisation', type: 'text' },
    { name: 'referralDate', label: 'Referral date', type: 'date' },
    { name: 'consentRecorded', label: 'Consent to the referral recorded', type: 'boolean' },
    { name: 'nrmReference', label: 'NRM reference', type: 'text' },
    {
      name: 'reasonableGroundsDecision',
      label: 'Reasonable Grounds decision',
      type: 'select',
      options: POSITIVE_NEGATIVE,
    },
    { name: 'reasonableGroundsDate', label: 'Reasonable Grounds decision date', type: 'date' },
    {
      name: 'conclusiveGroundsDecision',
      label: 'Conclusive Grounds decision',
      type: 'select',
      options: POSITIVE_NEGATIVE,
    },
    { name: 'conclusiveGroundsDate', label: 'Conclusive Grounds decision date', type: 'date' },
    { name: 'supportProvider', label: 'Support provider', type: 'text' },
  ],
  asylum_claim: [
    { name: 'homeOfficeReference', label: 'Home Office reference', type: 'text' },
    { name: 'claimDate', label: 'Claim date', type: 'date' },
    { name: 'screeningDate', label: 'Screening interview date', type: 'date' },
    { name: 'substantiveInterviewDate', label: 'Substantive interview date', type: 'date' },
    {
      name: 'decision',
      label: 'Decision',
      type: 'select',
      options: { granted: 'Granted', refused: 'Refused' },
    },
    { name: 'decisionDate', label: 'Decision date', type: 'date' },
    {
      name: 'decisionSentDate',
      label: 'Date the decision was sent',
      type: 'date',
      hint: 'Appeal time limits run from this date.',
    },
    { name: 'appealNumber', label: 'Tribunal appeal number', type: 'text' },
    { name: 'hearingDate', label: 'Hearing date', type: 'date' },
    { name: 'legalRepresentative', label: 'Legal representative', type: 'text' },
    { name: 'detained', label: 'Detained', type: 'boolean' },
    { name: 'reportingConditions', label: 'Reporting conditions', type: 'textarea' },
    {
      name: 'supportType',
      label: 'Asylum support',
      type: 'select',
      options: { s95: 'Section 95', s98: 'Section 98 (initial)', s4: 'Section 4', none: 'None' },
    },
  ],
  social_services: [
    { name: 'localAuthority', label: 'Local authority', type: 'text' },
    { name: 'socialWorker', label: 'Social worker', type: 'text' },
    {
      name: 'children',
      label: 'Children concerned',
      type: 'children',
      hint: 'First name and age only.',
    },
    { name: 'strategyDiscussionDate', label: 'Strategy discussion date', type: 'date' },
    { name: 'initialConferenceDate', label: 'Initial child protection conference', type: 'date' },
    { name: 'reviewConferenceDate', label: 'Review conference', type: 'date' },
  ],
};

export const DETAIL_SCHEMAS = {
  police_report: policeReportDetailsInput,
  nrm_referral: nrmReferralDetailsInput,
  asylum_claim: asylumClaimDetailsInput,
  social_services: socialServicesDetailsInput,
} as const satisfies Record<MatterKind, z.ZodType>;

/** The form's values from a matter's details (whatever the API sent for its kind). */
export function detailsFromView(kind: MatterKind, details: unknown): DetailsFormValues {
  const values: DetailsFormValues = { ...EMPTY_DETAILS, children: [] };
  const source = (typeof details === 'object' && details !== null ? details : {}) as Record<string, unknown>;
  const target = values as unknown as Record<string, unknown>;
  for (const field of DETAIL_FIELDS[kind]) {
    const value = source[field.name];
    if (field.type === 'children') {
      values.children = Array.isArray(value)
        ? value.map((child: { firstName?: unknown; age?: unknown }) => ({
            firstName: typeof child.firstName === 'string' ? child.firstName : '',
            age: typeof child.age === 'number' ? String(child.age) : '',
          }))
        : [];
    } else if (field.type === 'boolean') {
      target[field.name] = value === true;
    } else {
      target[field.name] = typeof value === 'string' ? value : '';
    }
  }
  return values;
}

/** The kind's details for the API: only its own fields, '' as null, ages as numbers. */
export function toDetailsInput(kind: MatterKind, values: DetailsFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = values as unknown as Record<string, unknown>;
  for (const field of DETAIL_FIELDS[kind]) {
    if (field.type === 'children') {
      out.children = values.children.map((child) => ({
        firstName: child.firstName,
        age: child.age.trim() === '' ? null : Number(child.age),
      }));
    } else if (field.type === 'boolean') {
      out[field.name] = source[field.name] === true;
    } else {
      const value = source[field.name];
      out[field.name] = typeof value === 'string' && value.trim() !== '' ? value : null;
    }
  }
  return out;
}
