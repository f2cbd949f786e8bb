import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { calendarDateSchema, optionalText } from '../common/schemas.ts';

const optionalDate = calendarDateSchema.nullable().default(null);

export const policeReportDetailsInput = z.object({
  forceAgencyId: uuidSchema.nullable().default(null),
  crimeReference: optionalText(60, 'Crime reference'),
  dateReported: optionalDate,
  offence: optionalText(200, 'Offence'),
  clientRole: z.enum(['victim', 'witness', 'suspect']).nullable().default(null),
  officerInCharge: optionalText(120, 'Officer in charge'),
  officerContact: optionalText(200, 'Officer contact'),
  victimsCodeEntitlement: z.enum(['standard', 'enhanced']).nullable().default(null),
});

export const nrmReferralDetailsInput = z.object({
  firstResponderOrganisation: optionalText(200, 'First responder organisation'),
  referralDate: optionalDate,
  consentRecorded: z.boolean().default(false),
  nrmReference: optionalText(60, 'NRM reference'),
  reasonableGroundsDecision: z.enum(['positive', 'negative']).nullable().default(null),
  reasonableGroundsDate: optionalDate,
  conclusiveGroundsDecision: z.enum(['positive', 'negative']).nullable().default(null),
  conclusiveGroundsDate: optionalDate,
  supportProvider: optionalText(200, 'Support provider'),
});

export const asylumClaimDetailsInput = z.object({
  homeOfficeReference: optionalText(60, 'Home Office reference'),
  claimDate: optionalDate,
  screeningDate: optionalDate,
  substantiveInterviewDate: optionalDate,
  decision: z.enum(['granted', 'refused']).nullable().default(null),
  decisionDate: optionalDate,
  decisionSentDate: optionalDate,
  appealNumber: optionalText(60, 'Appeal number'),
  hearingDate: optionalDate,
  legalRepresentative: optionalText(200, 'Legal representative'),
  detained: z.boolean().default(false),
  reportingConditions: optionalText(500, 'Reporting conditions'),
  supportType: z.enum(['s95', 's98', 's4', 'none']).nullable().default(null),
});

export const childConcernedInput = z.object({
  firstName: z.string().trim().min(1, 'Enter the child’s first name').max(60),
  age: z.number().int().min(0).max(25).nullable().default(null),
});

export const socialServicesDetailsInput = z.object({
  localAuthority: optionalText(120, 'Local authority'),
  socialWorker: optionalText(120, 'Social worker'),
  children: z.array(childConcernedInput).max(12, 'At most 12 children').default([]),
  strategyDiscussionDate: optionalDate,
  initialConferenceDate: optionalDate,
  reviewConferenceDate: optionalDate,
});

/** The typed details of a matter, by kind. */
export const matterDetailsInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('police_report'), details: policeReportDetailsInput }),
  z.object({ kind: z.literal('nrm_referral'), details: nrmReferralDetailsInput }),
  z.object({ kind: z.literal('asylum_claim'), details: asylumClaimDetailsInput }),
  z.object({ kind: z.literal('social_services'), details: socialServicesDetailsInput }),
]);
export type MatterDetailsInput = z.infer<typeof matterDetailsInput>;

const matterCommon = {
  agencyId: uuidSchema.nullable().default(null),
  contactId: uuidSchema.nullable().default(null),
};

export const openMatterInput = z.intersection(
  z.object({
    caseId: uuidSchema,
    /** Must be one of the kind's initial stages. */
    stage: z.string().min(1).max(60),
    openedOn: calendarDateSchema,
    note: optionalText(2000, 'Note'),
    ...matterCommon,
  }),
  matterDetailsInput,
);

export const updateMatterInput = z.intersection(
  z.object({ id: uuidSchema, version: versionSchema, ...matterCommon }),
  matterDetailsInput,
);

export const changeStageInput = z.object({
  matterId: uuidSchema,
  version: versionSchema,
  toStage: z.string().min(1).max(60),
  /** When it happened; it may be earlier than today (stages are often recorded late), never later. */
  occurredOn: calendarDateSchema,
  note: optionalText(2000, 'Note'),
});

export const reopenMatterInput = z.object({
  matterId: uuidSchema,
  version: versionSchema,
  occurredOn: calendarDateSchema,
  note: optionalText(2000, 'Note'),
});

export const addNoteInput = z.object({
  personId: uuidSchema,
  matterId: uuidSchema.nullable().default(null),
  occurredOn: calendarDateSchema,
  note: z.string().trim().min(1, 'Write the note').max(10_000, 'A note must be at most 10,000 characters'),
  /** Sensitive: the note's text is encrypted in the database and shown with a "Sensitive" badge. */
  sensitive: z.boolean().default(false),
});
