import type { BlindIndexKind } from './normalise.ts';

/**
 * Every column the application encrypts, and how. Used wherever rows are handled by table and column name
 * rather than through the typed schema: key rotation, sealing values written before encryption, the subject
 * access bundle (which decrypts) and the dump tests. A test checks it against the schema.
 *
 * - `text`: the whole column is one sealed value (or null).
 * - `json`: the named string fields inside a jsonb column are sealed one by one (the rest stays readable).
 * - `text` with `when`: sealed only on rows where that boolean column is true (sensitive notes).
 * A column with `index` has a blind index beside it (see FieldCipher.blindIndex), recomputed with the value.
 */
export interface EncryptedColumn {
  table: string;
  /** The table's key column (detail tables are keyed by their matter). */
  key: 'id' | 'matter_id';
  column: string;
  how: 'text' | 'json';
  /** For `json`: the string fields that are sealed. */
  fields?: readonly string[];
  /** Sealed only where this boolean column is true. */
  when?: string;
  index?: { column: string; kind: BlindIndexKind };
}

export const ENCRYPTED_COLUMNS = [
  { table: 'people', key: 'id', column: 'date_of_birth', how: 'text' },
  { table: 'people', key: 'id', column: 'notes', how: 'text' },
  {
    table: 'people',
    key: 'id',
    column: 'safe_contact',
    how: 'json',
    fields: ['codeWord', 'safeTimes', 'notes'],
  },
  {
    table: 'person_aliases',
    key: 'id',
    column: 'name',
    how: 'text',
    index: { column: 'name_index', kind: 'name' },
  },
  {
    table: 'matters',
    key: 'id',
    column: 'reference',
    how: 'text',
    index: { column: 'reference_index', kind: 'reference' },
  },
  {
    table: 'police_report_details',
    key: 'matter_id',
    column: 'crime_reference',
    how: 'text',
    index: { column: 'crime_reference_index', kind: 'reference' },
  },
  {
    table: 'nrm_referral_details',
    key: 'matter_id',
    column: 'nrm_reference',
    how: 'text',
    index: { column: 'nrm_reference_index', kind: 'reference' },
  },
  {
    table: 'asylum_claim_details',
    key: 'matter_id',
    column: 'home_office_reference',
    how: 'text',
    index: { column: 'home_office_reference_index', kind: 'reference' },
  },
  {
    table: 'asylum_claim_details',
    key: 'matter_id',
    column: 'appeal_number',
    how: 'text',
    index: { column: 'appeal_number_index', kind: 'reference' },
  },
  { table: 'timeline_events', key: 'id', column: 'note', how: 'text', when: 'sensitive' },
  // Letters quote legal names and references: their words are sealed, and searched through a vector written
  // without those (crypto/search-text.ts).
  { table: 'communications', key: 'id', column: 'subject', how: 'text' },
  { table: 'communications', key: 'id', column: 'body', how: 'text' },
  // A request awaiting approval holds the communication as typed.
  {
    table: 'disclosures',
    key: 'id',
    column: 'pending_communication',
    how: 'json',
    fields: ['subject', 'body'],
  },
] as const satisfies readonly EncryptedColumn[];

type Registry = (typeof ENCRYPTED_COLUMNS)[number];
type FieldOf<C> = C extends { how: 'json'; fields: readonly (infer F extends string)[] }
  ? C extends { table: infer T extends string; column: infer K extends string }
    ? `${T}.${K}.${F}`
    : never
  : C extends { table: infer T extends string; column: infer K extends string }
    ? `${T}.${K}`
    : never;

/**
 * The name a sealed value is bound to (its additional authenticated data): `<table>.<column>`, and
 * `<table>.<column>.<field>` inside a jsonb column. A value moved to another column fails to open.
 */
export type EncryptedField = FieldOf<Registry>;

/** The fields of one registry entry (one for a text column, one per sealed field of a jsonb column). */
export function fieldsOf(column: EncryptedColumn): string[] {
  return column.how === 'json'
    ? (column.fields ?? []).map((f) => `${column.table}.${column.column}.${f}`)
    : [`${column.table}.${column.column}`];
}

/** The blind-index columns (derived: never exported, dropped when a client is anonymised). */
export const BLIND_INDEX_COLUMNS: Readonly<Record<string, readonly string[]>> = ENCRYPTED_COLUMNS.reduce<
  Record<string, string[]>
>((acc, c: EncryptedColumn) => {
  if (c.index) (acc[c.table] ??= []).push(c.index.column);
  return acc;
}, {});
