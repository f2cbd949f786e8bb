/**
 * Every table that holds data about one client, and how its rows are found: by the client's id, or through
 * the client's matters or appointments. A subject access bundle exports each of these; erasure must deal
 * with each. A test compares this list with the database, so a new table cannot be forgotten.
 */
export type ClientTableLink =
  | { table: string; by: 'id' }
  | { table: string; by: 'person_id' }
  | { table: string; by: 'matter_id' }
  | { table: string; by: 'appointment_id' }
  /** The audit log: rows about the client (`entity_type = 'person'`, or naming them in `details.personId`). */
  | { table: string; by: 'audit_entity' };

export const CLIENT_TABLES: readonly ClientTableLink[] = [
  { table: 'people', by: 'id' },
  { table: 'person_aliases', by: 'person_id' },
  { table: 'cases', by: 'person_id' },
  { table: 'matters', by: 'person_id' },
  { table: 'police_report_details', by: 'matter_id' },
  { table: 'nrm_referral_details', by: 'matter_id' },
  { table: 'asylum_claim_details', by: 'matter_id' },
  { table: 'social_services_details', by: 'matter_id' },
  { table: 'timeline_events', by: 'person_id' },
  { table: 'deadlines', by: 'person_id' },
  { table: 'communications', by: 'person_id' },
  { table: 'documents', by: 'person_id' },
  { table: 'appointments', by: 'person_id' },
  { table: 'appointment_volunteers', by: 'appointment_id' },
  { table: 'accompaniment_reports', by: 'person_id' },
  { table: 'appointment_follow_ups', by: 'person_id' },
  { table: 'supervision_reviews', by: 'person_id' },
  { table: 'supervision_review_drafts', by: 'person_id' },
  { table: 'consents', by: 'person_id' },
  { table: 'disclosures', by: 'person_id' },
  { table: 'break_glass_grants', by: 'person_id' },
  { table: 'subject_access_requests', by: 'person_id' },
  { table: 'anonymisation_requests', by: 'person_id' },
  { table: 'audit_log', by: 'audit_entity' },
];

/** Columns never exported as data: search vectors (derived) and file bytes (exported as files). */
export const NOT_EXPORTED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  communications: ['search'],
  documents: ['content'],
  audit_log: ['prev_hash', 'hash'],
  appointment_volunteers: ['decline_reason'], // the volunteer's own reason: about them, not the client
};
