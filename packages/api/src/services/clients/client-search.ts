import {
  asylumClaimDetails,
  cases,
  matters,
  nrmReferralDetails,
  people,
  policeReportDetails,
  type DbOrTx,
} from '@umbrella/db';
import type { ClientViewer, clientListInput } from '@umbrella/domain';
import { and, arrayContains, eq, inArray, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
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

/** Who the caller may see in the list: caseworkers leave out restricted clients of other teams. */
function visibleTo(viewer: ClientViewer): SQL | undefined {
  if (viewer.role === 'supervisor') return undefined;
  if (viewer.role !== 'caseworker') return sql`false`;
  return viewer.teamIds.length
    ? or(not(people.restricted), inArray(people.teamId, [...viewer.teamIds]))
    : not(people.restricted);
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

/**
 * Searching: display names and aliases match typo-tolerantly (pg_trgm's word similarity `<%`, served by the
 * GIN trigram indexes), references exactly but case-insensitively (served by the lower() indexes). Each client appears
 * once, with its best match; the best matches come first.
 */
export async function searchClients(
  tx: DbOrTx,
  input: ClientListInput & { search: string },
  viewer: ClientViewer,
  after: ListCursor | null,
): Promise<ClientHit[]> {
  await prepareSearch(tx);
  const result = await tx.execute(searchQuery(input, viewer, after));
  return (result.rows as Record<string, unknown>[]).map((row) => ({
    id: String(row.id),
    displayName: String(row.display_name),
    match: { field: row.field as 'display_name' | 'alias' | 'reference', text: String(row.text) },
    score: String(row.score),
  }));
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

export function searchQuery(
  input: ClientListInput & { search: string },
  viewer: ClientViewer,
  after: ListCursor | null,
): SQL {
  const q = sql`${input.search}::text`;
  const reference = (table: DetailTable, column: PgColumn) => sql`
      select ${matters.personId}, 'reference', ${column}, 1::real
        from ${table} join ${matters} on ${matters.id} = ${table.matterId}
       where lower(${column}) = lower(${q})`;
  return sql`
    with hits as (
      select p.id as person_id, 'display_name' as field, p.display_name as text,
             greatest(similarity(p.display_name, ${q}), word_similarity(${q}, p.display_name)) as score
        from people p
       where ${q} <% p.display_name
      union all
      select a.person_id, 'alias', a.name,
             greatest(similarity(a.name, ${q}), word_similarity(${q}, a.name))
        from person_aliases a
       where ${q} <% a.name
      union all
      select m.person_id, 'reference', m.reference, 1::real
        from matters m
       where lower(m.reference) = lower(${q})
      union all ${reference(policeReportDetails, policeReportDetails.crimeReference)}
      union all ${reference(nrmReferralDetails, nrmReferralDetails.nrmReference)}
      union all ${reference(asylumClaimDetails, asylumClaimDetails.homeOfficeReference)}
      union all ${reference(asylumClaimDetails, asylumClaimDetails.appealNumber)}
    ),
    best as (
      select distinct on (person_id) person_id, field, text, round(score::numeric, 4) as score
        from hits
       order by person_id, score desc, ${FIELD_PRIORITY}
    )
    select ${people.id} as id, ${people.displayName} as display_name, best.field, best.text,
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
