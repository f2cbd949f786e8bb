import { boolean, date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { Ciphertext } from '../crypto/ciphertext.ts';
import { agencies, contacts } from './agencies.ts';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { people } from './people.ts';

export const MATTER_KIND_VALUES = [
  'police_report',
  'nrm_referral',
  'asylum_claim',
  'social_services',
] as const;

/** One track of a case. Its stage moves only through the kind's stage machine (packages/domain). */
export const matters = pgTable(
  'matters',
  {
    ...baseColumns,
    ...versionColumn,
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    /** Repeated from the case so client lists can filter by matter without a join through cases. */
    personId: uuid()
      .notNull()
      .references(() => people.id),
    kind: text({ enum: MATTER_KIND_VALUES }).notNull(),
    stage: text().notNull(),
    /** The stage a closed matter was closed from, so reopening can return to it. */
    stageBeforeClosing: text(),
    stageChangedOn: date({ mode: 'string' }).notNull(),
    /** The main reference (crime, NRM, Home Office), kept here too for lists. Sealed. */
    reference: text().$type<Ciphertext>(),
    /** Its blind index (FieldCipher.blindIndex 'reference'): how a search by reference finds it. */
    referenceIndex: text(),
    agencyId: uuid().references(() => agencies.id),
    contactId: uuid().references(() => contacts.id),
    openedOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [
    index('matters_case_idx').on(t.caseId),
    index('matters_person_idx').on(t.personId),
    index('matters_kind_stage_idx').on(t.kind, t.stage),
    // References are searched by their blind index (clients.list): exact, after normalising.
    index('matters_reference_index_idx').on(t.referenceIndex),
  ],
);

const detailKey = () =>
  uuid()
    .primaryKey()
    .references(() => matters.id);

export const policeReportDetails = pgTable(
  'police_report_details',
  {
    matterId: detailKey(),
    forceAgencyId: uuid().references(() => agencies.id),
    crimeReference: text().$type<Ciphertext>(),
    crimeReferenceIndex: text(),
    dateReported: date({ mode: 'string' }),
    offence: text(),
    clientRole: text({ enum: ['victim', 'witness', 'suspect'] }),
    officerInCharge: text(),
    officerContact: text(),
    victimsCodeEntitlement: text({ enum: ['standard', 'enhanced'] }),
  },
  (t) => [index('police_report_details_crime_reference_index_idx').on(t.crimeReferenceIndex)],
);

export const nrmReferralDetails = pgTable(
  'nrm_referral_details',
  {
    matterId: detailKey(),
    firstResponderOrganisation: text(),
    referralDate: date({ mode: 'string' }),
    consentRecorded: boolean().notNull().default(false),
    nrmReference: text().$type<Ciphertext>(),
    nrmReferenceIndex: text(),
    reasonableGroundsDecision: text({ enum: ['positive', 'negative'] }),
    reasonableGroundsDate: date({ mode: 'string' }),
    conclusiveGroundsDecision: text({ enum: ['positive', 'negative'] }),
    conclusiveGroundsDate: date({ mode: 'string' }),
    supportProvider: text(),
  },
  (t) => [index('nrm_referral_details_nrm_reference_index_idx').on(t.nrmReferenceIndex)],
);

export const asylumClaimDetails = pgTable(
  'asylum_claim_details',
  {
    matterId: detailKey(),
    homeOfficeReference: text().$type<Ciphertext>(),
    homeOfficeReferenceIndex: text(),
    claimDate: date({ mode: 'string' }),
    screeningDate: date({ mode: 'string' }),
    substantiveInterviewDate: date({ mode: 'string' }),
    decision: text({ enum: ['granted', 'refused'] }),
    decisionDate: date({ mode: 'string' }),
    decisionSentDate: date({ mode: 'string' }),
    appealNumber: text().$type<Ciphertext>(),
    appealNumberIndex: text(),
    hearingDate: date({ mode: 'string' }),
    legalRepresentative: text(),
    detained: boolean().notNull().default(false),
    reportingConditions: text(),
    supportType: text({ enum: ['s95', 's98', 's4', 'none'] }),
  },
  (t) => [
    index('asylum_claim_details_home_office_reference_index_idx').on(t.homeOfficeReferenceIndex),
    index('asylum_claim_details_appeal_number_index_idx').on(t.appealNumberIndex),
  ],
);

export interface ChildConcerned {
  firstName: string;
  age: number | null;
}

export const socialServicesDetails = pgTable('social_services_details', {
  matterId: detailKey(),
  localAuthority: text(),
  socialWorker: text(),
  children: jsonb().$type<ChildConcerned[]>().notNull().default([]),
  strategyDiscussionDate: date({ mode: 'string' }),
  initialConferenceDate: date({ mode: 'string' }),
  reviewConferenceDate: date({ mode: 'string' }),
});
