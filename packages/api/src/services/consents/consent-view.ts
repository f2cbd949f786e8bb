import { consents, documents, users, type DbOrTx } from '@umbrella/db';
import { consentInForce, consentSentence, SHARING_CATEGORIES, type SharingCategory } from '@umbrella/domain';
import { asc, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ConsentView } from '../disclosures/views.ts';

const withdrawnBy = alias(users, 'withdrawn_by');

/** The categories of a consent row, in SHARING_CATEGORIES order (anything else is ignored). */
function sharingCategories(stored: readonly string[]): SharingCategory[] {
  return SHARING_CATEGORIES.filter((c) => stored.includes(c));
}

/**
 * The consents matching `where`, as the profile shows them: those in force first, then the others (withdrawn,
 * or not yet given), each newest first. One query.
 */
export async function loadConsentViews(
  tx: DbOrTx,
  where: SQL | undefined,
  now: Date,
  today: string,
): Promise<ConsentView[]> {
  const rows = await tx
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
    .orderBy(desc(consents.givenOn), desc(consents.createdAt), asc(consents.id));
  const views = rows.map(
    ({ c, documentFilename, recordedBy, withdrawnById, withdrawnByName }): ConsentView => {
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
    },
  );
  // Stable: within each group the query's order (newest given first) stands.
  return [...views.filter((v) => v.inForce), ...views.filter((v) => !v.inForce)];
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
