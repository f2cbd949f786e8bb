import { consents, documents, users, type DbOrTx } from '@umbrella/db';
import { consentInForce, consentSentence, SHARING_CATEGORIES, type SharingCategory } from '@umbrella/domain';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ConsentView } from '../disclosures/views.ts';

const withdrawnBy = alias(users, 'withdrawn_by');

/** The categories of a consent row, in SHARING_CATEGORIES order (anything else is ignored). */
function sharingCategories(stored: readonly string[]): SharingCategory[] {
  return SHARING_CATEGORIES.filter((c) => stored.includes(c));
}

/**
 * Whether a consent is in force at `now` (domain `consentInForce`, in SQL): given by today, and not
 * withdrawn, or withdrawn only later than now. `row` names the consents row (the table, or an alias).
 */
export function consentInForceSql(now: Date, today: string, row: 'consents' | 'c' = 'consents'): SQL {
  const t = sql.raw(`"${row}"`);
  return sql`(${t}.given_on <= ${today} and (${t}.withdrawn_at is null or ${t}.withdrawn_at > ${now.toISOString()}::timestamptz))`;
}

/**
 * The consents after the one named `anchorId` in the profile's order (`loadConsentViews`). The anchor's values are
 * read in SQL, so the microseconds of `created_at` are never rounded through a JavaScript date.
 */
export function consentsAfter(anchorId: string, now: Date, today: string): SQL {
  return sql`(${consentInForceSql(now, today)}, ${consents.givenOn}, ${consents.createdAt}, ${consents.id}) <
    (select ${consentInForceSql(now, today, 'c')}, c.given_on, c.created_at, c.id from ${consents} c
      where c.id = ${anchorId})`;
}

/**
 * The consents matching `where`, as the profile shows them: those in force first, then the others (withdrawn,
 * or not yet given), each newest given first. One query; at most `limit` of them when given.
 */
export async function loadConsentViews(
  tx: DbOrTx,
  where: SQL | undefined,
  now: Date,
  today: string,
  limit?: number,
): Promise<ConsentView[]> {
  const query = tx
    .select({
      c: consents,
      documentFilename: documents.filename,
      recordedBy: { id: users.id, displayName: users.displayName },
      withdrawnById: withdrawnBy.id,
      withdrawnByName: withdrawnBy.displayName,
    })
    .from(consents)
    .innerJoin(users, eq(users.id, consents.recordedById))
    .leftJoin(withdrawnBy, eq(withdrawnBy.id, consents.withdrawnById))
    .leftJoin(documents, eq(documents.id, consents.documentId))
    .where(where)
    .orderBy(
      desc(consentInForceSql(now, today)),
      desc(consents.givenOn),
      desc(consents.createdAt),
      desc(consents.id),
    );
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map(({ c, documentFilename, recordedBy, withdrawnById, withdrawnByName }): ConsentView => {
    const categories = sharingCategories(c.categories);
    return {
      id: c.id,
      version: c.version,
      categories,
      sentence: consentSentence(categories),
      method: c.method,
      givenOn: c.givenOn,
      document: c.documentId ? { id: c.documentId, filename: documentFilename ?? '' } : null,
      scope: c.scope,
      recordedBy,
      recordedAt: c.createdAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      withdrawnBy: withdrawnById ? { id: withdrawnById, displayName: withdrawnByName ?? '' } : null,
      withdrawalNote: c.withdrawalNote,
      inForce: consentInForce(c, now, today),
    };
  });
}

export async function loadConsentView(
  tx: DbOrTx,
  id: string,
  now: Date,
  today: string,
): Promise<ConsentView> {
  const [view] = await loadConsentViews(tx, eq(consents.id, id), now, today);
  if (!view) throw new Error(`consent ${id} vanished inside its own transaction`);
  return view;
}
