/**
 * Who information about a client may go to, and what it may contain (DOMAIN.md §5). A client consents per
 * sharing category; immigration enforcement is not one of them: nothing goes there without a supervisor.
 */
export const SHARING_CATEGORIES = [
  'police',
  'nrm',
  'home_office_asylum',
  'social_services',
  'health',
  'legal_representative',
  'support_services',
  'other',
] as const;
export type SharingCategory = (typeof SHARING_CATEGORIES)[number];

export const SHARING_CATEGORY_LABELS: Record<SharingCategory, string> = {
  police: 'the police and prosecutors',
  nrm: 'the National Referral Mechanism (first responders and the competent authority)',
  home_office_asylum: 'the Home Office asylum system and the tribunals',
  social_services: 'social services',
  health: 'health services',
  legal_representative: 'their legal representative',
  support_services: 'support services',
  other: 'other organisations',
};

/** Where an outgoing communication, print or download goes. */
export const RECIPIENT_CATEGORIES = [
  ...SHARING_CATEGORIES,
  'immigration_enforcement',
  /** The client themself: not a disclosure to an agency. */
  'client',
  /** Our own organisation's casework (a print or download for the file). */
  'own_organisation',
] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

export const RECIPIENT_CATEGORY_LABELS: Record<RecipientCategory, string> = {
  police: 'Police and prosecutors',
  nrm: 'National Referral Mechanism',
  home_office_asylum: 'Home Office (asylum) and tribunals',
  social_services: 'Social services',
  health: 'Health services',
  legal_representative: 'Legal representative',
  support_services: 'Support services',
  other: 'Other organisation',
  immigration_enforcement: 'Immigration Enforcement',
  client: 'The client',
  own_organisation: 'Our own casework',
};

/** The directory's agency categories (packages/db agencies.category) and where each belongs. */
const AGENCY_RECIPIENT: Record<string, RecipientCategory> = {
  police: 'police',
  crown_prosecution: 'police',
  home_office_asylum: 'home_office_asylum',
  tribunal: 'home_office_asylum',
  immigration_enforcement: 'immigration_enforcement',
  nrm_competent_authority: 'nrm',
  local_authority: 'social_services',
  legal_representative: 'legal_representative',
  support_service: 'support_services',
  health: 'health',
  other: 'other',
};

/** The recipient category of a directory agency; an unknown category is treated as "other organisation". */
export function recipientCategoryOfAgency(agencyCategory: string): RecipientCategory {
  return AGENCY_RECIPIENT[agencyCategory] ?? 'other';
}

/** What a disclosure contains (recorded with every disclosure). */
export const INFORMATION_CATEGORIES = [
  'identity',
  'contact_details',
  'immigration',
  'health',
  'sex_work',
  'sexual_violence',
  'criminal',
  'children',
  'case_details',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

export const INFORMATION_CATEGORY_LABELS: Record<InformationCategory, string> = {
  identity: 'Identity (names, date of birth)',
  contact_details: 'Address and contact details',
  immigration: 'Immigration status',
  health: 'Health',
  sex_work: 'Sex work',
  sexual_violence: 'Sexual violence',
  criminal: 'Criminal records or allegations',
  children: 'Children',
  case_details: 'What happened and the case',
};

/** A legal basis for sharing without the client's consent (DPA 2018), always with the details stated. */
export const LEGAL_BASES = [
  'vital_interests',
  'safeguarding',
  'crime_prevention',
  'legal_claims',
  'legal_obligation',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  vital_interests: 'To protect someone’s life (vital interests)',
  safeguarding: 'Safeguarding a child or an adult at risk (DPA 2018 Sch 1 para 18)',
  crime_prevention: 'Preventing or detecting crime (DPA 2018 Sch 2 para 2)',
  legal_claims: 'Legal claims or proceedings (DPA 2018 Sch 1 para 33)',
  legal_obligation: 'Required by law or a court order (DPA 2018 Sch 2 para 5)',
};

/** How the client gave their consent. */
export const CONSENT_METHODS = ['verbal', 'written'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  verbal: 'Verbally',
  written: 'In writing',
};

/** What was disclosed and how. */
export const DISCLOSURE_KINDS = ['communication', 'download', 'print', 'export'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const DISCLOSURE_KIND_LABELS: Record<DisclosureKind, string> = {
  communication: 'Sent',
  download: 'Downloaded',
  print: 'Printed',
  export: 'Exported',
};

/**
 * Where a disclosure stands: made (recorded as it happened), awaiting a supervisor's approval (nothing has
 * left), refused by a supervisor, or cancelled by whoever asked.
 */
export const DISCLOSURE_STATUSES = ['made', 'awaiting_approval', 'refused', 'cancelled'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** The basis recorded with a disclosure. */
export const DISCLOSURE_BASES = ['consent', 'legal_basis', 'client', 'own_casework'] as const;
export type DisclosureBasis = (typeof DISCLOSURE_BASES)[number];
