import {
  asylumClaimDetails,
  cases,
  matters,
  nrmReferralDetails,
  people,
  policeReportDetails,
  type Ciphertext,
  type DbOrTx,
  type EncryptedField,
  type FieldCipher,
} from '@umbrella/db';
import type { ClientViewer, clientListInput } from '@umbrella/domain';
import { and, arrayContains, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { openableBy } from '../access/openable.ts';
import { INVALID_CURSOR, type ListCursor } from './list-cursor.ts';

export type ClientListInput = z.infer<typeof clientListInput>;

export interface ClientHit {
  id: string;
  displayName: string;
  match: { field: 'display_name' | 'alias' | 'reference'; text: string } | null;
  /** The search score as exact text (numeric rounded to 4 places), for the cursor. */
  score: string | null;
}

type DetailTable = typeof policeReportDetails | typeof nrmReferralDetails | typeof asylumClaimDetails;

/**
 * Who the caller may see in the list: caseworkers leave out restricted clients of other teams, except one
 * they hold a running break-glass grant on (when the viewer was loaded with grants: listClients does).
 */
function visibleTo(viewer: ClientViewer): SQL | undefined {
  return openableBy(viewer);
}

function filters(input: ClientListInput, viewer: ClientViewer): SQL | undefined {
  const matterConditions = [
    input.matterKind ? eq(matters.kind, input.matterKind) : undefined,
    input.stage ? eq(matters.stage, input.stage) : undefined,
  ].filter((c) => c !== undefined);
  return and(
    visibleTo(viewer),
    input.status === 'archived' ? isNotNull(people.archivedAt) : isNull(people.archivedAt),
    input.status === 'open' || input.status === 'closed'
      ? sql`exists (select 1 from ${cases} where ${cases.personId} = ${people.id} and ${cases.status} = ${input.status})`
      : undefined,
    input.keyWorkerId ? eq(people.keyWorkerId, input.keyWorkerId) : undefined,
    input.flag ? arrayContains(people.riskFlags, [input.flag]) : undefined,
    matterConditions.length
      ? sql`exists (select 1 from ${matters} where ${matters.personId} = ${people.id} and ${and(...matterConditions)})`
      : undefined,
  );
}

/** Browsing: by display name, then id, so pages stay stable while clients are added. */
export async function browseClients(
  tx: DbOrTx,
  input: ClientListInput,
  viewer: ClientViewer,
  cursor: ListCursor | null,
): Promise<ClientHit[]> {
  let after: { displayName: string; id: string } | undefined;
  if (cursor) {
    [after] = await tx
      .select({ displayName: people.displayName, id: people.id })
      .from(people)
      // Only a client the caller may see can anchor a page, or a cursor would hint at hidden names.
      .where(and(eq(people.id, cursor.id), visibleTo(viewer)));
    if (!after) throw badRequest('cursor', INVALID_CURSOR);
  }
  const rows = await tx
    .select({ id: people.id, displayName: people.displayName })
    .from(people)
    .where(
      and(
        filters(input, viewer),
        after
          ? sql`(${people.displayName}, ${people.id}) > (${after.displayName}::text, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(people.displayName, people.id)
    .limit(input.limit + 1);
  return rows.map((r) => ({ ...r, match: null, score: null }));
}

/** How close a name must be to count as a match (pg_trgm's `<%`); set for this transaction only. */
const WORD_THRESHOLD = '0.5';

const FIELD_PRIORITY = sql.raw(`case field when 'reference' then 0 when 'display_name' then 1 else 2 end`);

/** What a search looks for in the encrypted columns: the search text's blind indexes, under every key. */
export interface SearchIndexes {
  names: string[];
  references: string[];
}

/**
 * Searching: display names match typo-tolerantly (pg_trgm's word similarity `<%`, served by the GIN trigram
 * index). Legal names, aliases and references are stored encrypted, so they match through their blind indexes:
 * exactly, after normalising (names: case and spacing; references: case, spaces, hyphens, slashes and dots).
 * Each client appears once, with its best match (opened for display); the best matches come first.
 */
export async function searchClients(
  tx: DbOrTx,
  cipher: FieldCipher,
  input: ClientListInput & { search: string },
  viewer: ClientViewer,
  after: ListCursor | null,
): Promise<ClientHit[]> {
  await prepareSearch(tx);
  const indexes: SearchIndexes = {
    names: cipher.searchIndexes('name', input.search),
    references: cipher.searchIndexes('reference', input.search),
  };
  const result = await tx.execute(searchQuery(input, viewer, after, indexes));
  return (result.rows as Record<string, unknown>[]).map((row) => {
    const source = String(row.source);
    const text =
      source === 'display_name'
        ? String(row.text)
        : cipher.open(source as EncryptedField, row.text as unknown as Ciphertext);
    return {
      id: String(row.id),
      displayName: String(row.display_name),
      match: { field: row.field as 'display_name' | 'alias' | 'reference', text },
      score: String(row.score),
    };
  });
}

/** Settings for this transaction only. */
export async function prepareSearch(tx: DbOrTx): Promise<void> {
  // A one-letter slip in a six-letter surname scores about 0.57: the default word threshold (0.6) misses it.
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_THRESHOLD}, true)`);
  // With the default random_page_cost (4, for spinning disks) the planner reads every name with a sequential
  // scan up to ~100k clients: 150-300 ms at 30k. On SSD or in memory (PGlite), 1.1 is the usual setting, and it
  // lets the trigram indexes serve the search: 10-30 ms at 30k.
  await tx.execute(sql`select set_config('random_page_cost', '1.1', true)`);
}

/** `column = any(indexes)`, or false when the search text has no index of that kind (it normalises to nothing). */
function matchesIndex(column: PgColumn | SQL, indexes: string[]): SQL {
  if (indexes.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    indexes.map((i) => sql`${i}`),
    sql`, `,
  )})`;
}

export function searchQuery(
  input: ClientListInput & { search: string },
  viewer: ClientViewer,
  after: ListCursor | null,
  indexes: SearchIndexes,
): SQL {
  const q = sql`${input.search}::text`;
  // Each hit names the sealed column its text comes from (`source`), so the text can be opened.
  const reference = (table: DetailTable, column: PgColumn, index: PgColumn, source: EncryptedField) => sql`
      select ${matters.personId}, 'reference', ${column}, 1::real, ${source}::text
        from ${table} join ${matters} on ${matters.id} = ${table.matterId}
       where ${matchesIndex(index, indexes.references)}`;
  return sql`
    with hits as (
      select p.id as person_id, 'display_name' as field, p.display_name as text,
             greatest(similarity(p.display_name, ${q}), word_similarity(${q}, p.display_name)) as score,
             'display_name'::text as source
        from people p
       where ${q} <% p.display_name
      union all
      select a.person_id, 'alias', a.name, 1::real, 'person_aliases.name'::text
        from person_aliases a
       where ${matchesIndex(sql`a.name_index`, indexes.names)}
      union all
      select m.person_id, 'reference', m.reference, 1::real, 'matters.reference'::text
        from matters m
       where ${matchesIndex(sql`m.reference_index`, indexes.references)}
      union all ${reference(policeReportDetails, policeReportDetails.crimeReference, policeReportDetails.crimeReferenceIndex, 'police_report_details.crime_reference')}
      union all ${reference(nrmReferralDetails, nrmReferralDetails.nrmReference, nrmReferralDetails.nrmReferenceIndex, 'nrm_referral_details.nrm_reference')}
      union all ${reference(asylumClaimDetails, asylumClaimDetails.homeOfficeReference, asylumClaimDetails.homeOfficeReferenceIndex, 'asylum_claim_details.home_office_reference')}
      union all ${reference(asylumClaimDetails, asylumClaimDetails.appealNumber, asylumClaimDetails.appealNumberIndex, 'asylum_claim_details.appeal_number')}
    ),
    best as (
      select distinct on (person_id) person_id, field, text, source, round(score::numeric, 4) as score
        from hits
       order by person_id, score desc, ${FIELD_PRIORITY}
    )
    select ${people.id} as id, ${people.displayName} as display_name, best.field, best.text, best.source,
           best.score::text as score
      from best join ${people} on ${people.id} = best.person_id
     where ${and(
       filters(input, viewer),
       after?.mode === 'score'
         ? sql`(best.score < ${after.score}::numeric or (best.score = ${after.score}::numeric and ${people.id} > ${after.id}::uuid))`
         : undefined,
     )}
     order by best.score desc, ${people.id}
     limit ${input.limit + 1}
  `;
}
