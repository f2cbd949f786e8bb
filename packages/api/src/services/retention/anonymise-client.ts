import { CLIENT_TABLES, type ClientTableLink, type DbOrTx, type FieldCipher } from '@umbrella/db';
import { REMOVED_TEXT } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';

/**
 * What anonymising a client does to each client table (CLIENT_TABLES), column by column:
 * - `delete`: the client's rows go, with every column (aliases, files, review drafts);
 * - `scrub`: the identifying columns are overwritten (`set`); every other column is listed in `keep`
 *   (ids, kinds, stages, dates, counts: what statistics need). A test compares these lists with the
 *   database, so a new column fails it until it is classified here;
 * - `keep`: nothing is changed (the audit log: ids only, and append-only).
 * The rows are kept, so counts of cases, matters, communications and deadlines still add up.
 */
export type TablePlan =
  | { table: string; action: 'delete' }
  | {
      table: string;
      action: 'scrub';
      /** The new values; `cipher` seals what a sealed column that cannot be null holds instead. */
      set: (now: Date, cipher: FieldCipher) => Record<string, SQL>;
      keep: readonly string[];
    }
  | { table: string; action: 'keep'; keep: readonly string[] };

const col = (name: string) => sql.identifier(name);
const NULL = sql`null`;
const REMOVED = sql`${REMOVED_TEXT}::text`;
const EMPTY_TEXT_ARRAY = sql`'{}'::text[]`;
const EMPTY_OBJECT = sql`'{}'::jsonb`;
const EMPTY_LIST = sql`'[]'::jsonb`;
/** A label typed by hand is removed; one copied from the agency directory (with its agency) is kept. */
const removedUnlessAgency = (column: string) =>
  sql`case when ${col('agency_id')} is null then ${REMOVED} else ${col(column)} end`;
/** A free date's own words are removed; a catalogue rule's title and explanation are kept. */
const removedUnlessRule = (column: string) =>
  sql`case when ${col('rule_id')} is null then ${REMOVED} else ${col(column)} end`;
const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

const BASE = ['id', 'created_at', 'updated_at'] as const;
const VERSIONED = [...BASE, 'version'] as const;

export const ANONYMISATION_PLAN: readonly TablePlan[] = [
  {
    table: 'people',
    action: 'scrub',
    set: (now) => ({
      display_name: sql`${'Anonymised client'}::text`,
      date_of_birth: NULL,
      date_of_birth_precision: sql`${'unknown'}::text`,
      nationality: NULL,
      languages: EMPTY_TEXT_ARRAY,
      interpreter_language: NULL,
      pronouns: NULL,
      safe_contact: sql`${JSON.stringify({
        call: false,
        text: false,
        voicemail: false,
        post: false,
        codeWord: null,
        safeTimes: null,
        notes: null,
      })}::jsonb`,
      risk_flags: EMPTY_TEXT_ARRAY,
      notes: NULL,
      legal_hold_reason: NULL,
      archived_at: sql`coalesce(${col('archived_at')}, ${at(now)})`,
      anonymised_at: at(now),
      // The record changed under anyone editing it: their save is a conflict, never an overwrite.
      version: sql`${col('version')} + 1`,
      updated_at: at(now),
    }),
    keep: [
      'id',
      'created_at',
      'interpreter_needed',
      'key_worker_id',
      'team_id',
      'restricted',
      'legal_hold',
      'legal_hold_set_by_id',
      'legal_hold_set_at',
    ],
  },
  { table: 'person_aliases', action: 'delete' },
  {
    table: 'cases',
    action: 'keep',
    keep: [...VERSIONED, 'person_id', 'status', 'opened_on', 'closed_on', 'lead_caseworker_id', 'team_id'],
  },
  {
    table: 'matters',
    action: 'scrub',
    // The blind index of a reference is a keyed hash of it: it goes with the reference.
    set: () => ({ reference: NULL, reference_index: NULL }),
    keep: [
      ...VERSIONED,
      'case_id',
      'person_id',
      'kind',
      'stage',
      'stage_before_closing',
      'stage_changed_on',
      'agency_id',
      'contact_id',
      'opened_on',
    ],
  },
  {
    table: 'police_report_details',
    action: 'scrub',
    set: () => ({
      crime_reference: NULL,
      crime_reference_index: NULL,
      offence: NULL,
      officer_in_charge: NULL,
      officer_contact: NULL,
    }),
    keep: ['matter_id', 'force_agency_id', 'date_reported', 'client_role', 'victims_code_entitlement'],
  },
  {
    table: 'nrm_referral_details',
    action: 'scrub',
    set: () => ({ nrm_reference: NULL, nrm_reference_index: NULL }),
    keep: [
      'matter_id',
      'first_responder_organisation',
      'referral_date',
      'consent_recorded',
      'reasonable_grounds_decision',
      'reasonable_grounds_date',
      'conclusive_grounds_decision',
      'conclusive_grounds_date',
      'support_provider',
    ],
  },
  {
    table: 'asylum_claim_details',
    action: 'scrub',
    set: () => ({
      home_office_reference: NULL,
      home_office_reference_index: NULL,
      appeal_number: NULL,
      appeal_number_index: NULL,
      legal_representative: NULL,
      reporting_conditions: NULL,
    }),
    keep: [
      'matter_id',
      'claim_date',
      'screening_date',
      'substantive_interview_date',
      'decision',
      'decision_date',
      'decision_sent_date',
      'hearing_date',
      'detained',
      'support_type',
    ],
  },
  {
    table: 'social_services_details',
    action: 'scrub',
    set: () => ({ social_worker: NULL, children: EMPTY_LIST }),
    keep: [
      'matter_id',
      'local_authority',
      'strategy_discussion_date',
      'initial_conference_date',
      'review_conference_date',
    ],
  },
  {
    table: 'timeline_events',
    action: 'scrub',
    set: () => ({ note: NULL, details: EMPTY_OBJECT }),
    keep: [
      ...BASE,
      'person_id',
      'case_id',
      'matter_id',
      'kind',
      'occurred_on',
      'recorded_by_id',
      // Whether the (removed) note was marked sensitive.
      'sensitive',
      'from_stage',
      'to_stage',
      'communication_id',
      'appointment_id',
    ],
  },
  {
    table: 'deadlines',
    action: 'scrub',
    set: () => ({
      title: removedUnlessRule('title'),
      explanation: removedUnlessRule('explanation'),
      status_reason: NULL,
    }),
    keep: [
      ...VERSIONED,
      'person_id',
      'case_id',
      'matter_id',
      'timeline_event_id',
      'source',
      'rule_id',
      'trigger_date',
      'jurisdiction',
      'due',
      'certainty',
      'status',
      'status_changed_at',
      'status_changed_by_id',
      'created_by_id',
      'supervision_review_id',
    ],
  },
  {
    table: 'communications',
    action: 'scrub',
    set: (_now, cipher) => ({
      counterpart_name: NULL,
      counterpart_label: removedUnlessAgency('counterpart_label'),
      subject: sql`${cipher.seal('communications.subject', REMOVED_TEXT)}::text`,
      body: NULL,
      confirmation_note: NULL,
      // Nothing left to search for.
      search: NULL,
    }),
    keep: [
      ...VERSIONED,
      'person_id',
      'case_id',
      'matter_id',
      'direction',
      'channel',
      'agency_id',
      'contact_id',
      'occurred_on',
      'jurisdiction',
      'reply_state',
      'reply_due',
      // Computed from the catalogue ("10 working days after …"), or "set by hand".
      'reply_due_explanation',
      'answered_by_id',
      'chaser_of_id',
      'confirmation',
      'confirms_id',
      'recorded_by_id',
    ],
  },
  // The signed consent forms go with the other files: their links first.
  {
    table: 'consents',
    action: 'scrub',
    set: () => ({ scope: NULL, withdrawal_note: NULL, document_id: NULL }),
    keep: [
      ...VERSIONED,
      'person_id',
      'categories',
      'method',
      'given_on',
      'recorded_by_id',
      'withdrawn_at',
      'withdrawn_by_id',
    ],
  },
  {
    table: 'disclosures',
    action: 'scrub',
    set: () => ({
      recipient_label: removedUnlessAgency('recipient_label'),
      basis_details: NULL,
      decision_reason: NULL,
      pending_communication: NULL,
      document_id: NULL,
    }),
    keep: [
      ...VERSIONED,
      'person_id',
      'case_id',
      'kind',
      'status',
      'recipient_category',
      'agency_id',
      'information_shared',
      'basis',
      'consent_id',
      // One of LEGAL_BASES.
      'legal_basis',
      // Written by the system ("Chronology printed"), never by hand.
      'description',
      'communication_id',
      'requested_by_id',
      'made_at',
      'decided_by_id',
      'decided_at',
    ],
  },
  { table: 'documents', action: 'delete' },
  {
    table: 'appointments',
    action: 'scrub',
    set: () => ({
      place: REMOVED,
      area: NULL,
      meeting_point: NULL,
      interpreter_language: NULL,
      notes_for_volunteer: NULL,
      cancelled_reason: NULL,
    }),
    keep: [
      ...VERSIONED,
      'person_id',
      'case_id',
      'matter_id',
      'type',
      'starts_at',
      'ends_at',
      'interpreter_needed',
      'interpreter_booked',
      'accompaniment_needed',
      'status',
      'cancelled_at',
      'linked_matter_date',
      'created_by_id',
    ],
  },
  {
    table: 'appointment_volunteers',
    action: 'scrub',
    set: () => ({ decline_reason: NULL }),
    keep: [...VERSIONED, 'appointment_id', 'user_id', 'status', 'responded_at', 'assigned_by_id'],
  },
  {
    table: 'accompaniment_reports',
    action: 'scrub',
    set: () => ({
      draft: EMPTY_OBJECT,
      present_other: NULL,
      treatment: NULL,
      concern_details: NULL,
      promised: NULL,
      promised_dates: EMPTY_LIST,
    }),
    keep: [
      ...VERSIONED,
      'appointment_id',
      'volunteer_id',
      'person_id',
      'status',
      'outcome',
      // PRESENT_ROLES and CONCERNS: fixed values.
      'present',
      'concerns',
      'minutes_spent',
      'filed_at',
    ],
  },
  {
    table: 'appointment_follow_ups',
    action: 'scrub',
    set: () => ({ description: REMOVED, dismiss_reason: NULL }),
    keep: [
      ...VERSIONED,
      'report_id',
      'appointment_id',
      'person_id',
      'case_id',
      'suggested_due',
      'state',
      'deadline_id',
      'decided_by_id',
      'decided_at',
    ],
  },
  {
    table: 'supervision_reviews',
    action: 'scrub',
    set: () => ({ notes: REMOVED }),
    keep: [...VERSIONED, 'case_id', 'person_id', 'reviewer_id', 'reviewed_on', 'next_review_on'],
  },
  { table: 'supervision_review_drafts', action: 'delete' },
  {
    table: 'break_glass_grants',
    action: 'scrub',
    set: () => ({ reason: REMOVED, review_note: NULL }),
    keep: [...VERSIONED, 'user_id', 'person_id', 'expires_at', 'reviewed_by_id', 'reviewed_at'],
  },
  {
    table: 'subject_access_requests',
    action: 'scrub',
    set: () => ({ note: NULL, completion_note: NULL }),
    keep: [
      ...VERSIONED,
      'person_id',
      'case_id',
      'received_on',
      'received_via',
      'identity_checked',
      'deadline_id',
      'status',
      'completed_on',
      'recorded_by_id',
      'last_exported_at',
    ],
  },
  // The record of the act stays (who asked, who decided, when); staff's words about the client go.
  {
    table: 'anonymisation_requests',
    action: 'scrub',
    set: () => ({ reason: REMOVED, decision_note: NULL }),
    keep: [...VERSIONED, 'person_id', 'requested_by_id', 'status', 'decided_by_id', 'decided_at'],
  },
  {
    table: 'audit_log',
    action: 'keep',
    keep: [
      'id',
      'seq',
      'created_at',
      'updated_at',
      'actor_user_id',
      'action',
      'outcome',
      'entity_type',
      'entity_id',
      'request_id',
      'details',
      'chain',
      'prev_hash',
      'hash',
    ],
  },
];

export function linkOf(table: string): ClientTableLink {
  const link = CLIENT_TABLES.find((t) => t.table === table);
  if (!link) throw new Error(`${table} is not a client table`);
  return link;
}

/** The client's rows of one table, as CLIENT_TABLES finds them (a `where` condition). */
export function clientRows(link: ClientTableLink, personId: string): SQL {
  switch (link.by) {
    case 'id':
      return sql`id = ${personId}`;
    case 'person_id':
      return sql`person_id = ${personId}`;
    case 'matter_id':
      return sql`matter_id in (select id from matters where person_id = ${personId})`;
    case 'appointment_id':
      return sql`appointment_id in (select id from appointments where person_id = ${personId})`;
    case 'audit_entity':
      return sql`entity_type = 'person' and entity_id = ${personId}`;
  }
}

/**
 * Anonymises one client, in the caller's transaction, by ANONYMISATION_PLAN: identifying fields overwritten,
 * aliases, files and review drafts deleted, every other row kept for the counts. Returns the rows touched per
 * table (for the audit row of the act).
 */
export async function anonymiseClientRows(
  tx: DbOrTx,
  cipher: FieldCipher,
  personId: string,
  now: Date,
): Promise<Record<string, number>> {
  const touched: Record<string, number> = {};
  for (const plan of ANONYMISATION_PLAN) {
    if (plan.action === 'keep') continue;
    const table = sql.identifier(plan.table);
    const where = clientRows(linkOf(plan.table), personId);
    const result =
      plan.action === 'delete'
        ? await tx.execute(sql`delete from ${table} where ${where} returning 1 as one`)
        : await tx.execute(
            sql`update ${table} set ${sql.join(
              Object.entries(plan.set(now, cipher)).map(([column, value]) => sql`${col(column)} = ${value}`),
              sql`, `,
            )} where ${where} returning 1 as one`,
          );
    touched[plan.table] = result.rows.length;
  }
  return touched;
}
