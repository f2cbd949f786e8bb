import { consents } from '@umbrella/db';
import { londonToday, SHARING_CATEGORIES, type clientConsentsInput } from '@umbrella/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';
import type { ClientConsentsView } from '../disclosures/views.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';
import { consentInForceSql, consentsAfter, loadConsentViews } from './consent-view.ts';

/**
 * A client's consents a page at a time, those in force first, with the sharing categories they cover now
 * (from every consent in force, not only this page's). Audited as a read of the client record.
 */
export async function listConsents(
  ctx: StaffContext,
  input: z.infer<typeof clientConsentsInput>,
): Promise<ClientConsentsView> {
  const now = ctx.now();
  const today = londonToday(now);
  const anchorId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'consents.read');
    await auditClientRead(tx, ctx, person.id, 'consents');
    const ofClient = eq(consents.personId, person.id);
    if (anchorId) {
      // Only a consent of this client's: another's would hint at where a record it cannot see falls.
      const [anchor] = await tx
        .select({ id: consents.id })
        .from(consents)
        .where(and(eq(consents.id, anchorId), ofClient));
      if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
    }
    const rows = await loadConsentViews(
      tx,
      and(ofClient, anchorId ? consentsAfter(anchorId, now, today) : undefined),
      now,
      today,
      input.limit + 1,
    );
    const inForce = consentInForceSql(now, today);
    // What the consents in force cover between them: a category is covered when any of them names it
    // (domain `categoriesInForce`), so a handful of words, however many consents there are.
    const covered = await tx
      .selectDistinct({ category: sql<string>`unnest(${consents.categories})` })
      .from(consents)
      .where(and(ofClient, inForce));
    const [counted] = await tx
      .select({
        inForce: count(sql`case when ${inForce} then 1 end`),
        all: count(),
      })
      .from(consents)
      .where(ofClient);
    const items = rows.slice(0, input.limit);
    const last = items.at(-1);
    const coveredSet = new Set(covered.map((c) => c.category));
    const inForceCount = Number(counted?.inForce ?? 0);
    return {
      consents: items,
      nextCursor: rows.length > input.limit && last ? encodeIdCursor(last.id) : null,
      counts: { inForce: inForceCount, notInForce: Number(counted?.all ?? 0) - inForceCount },
      categoriesInForce: SHARING_CATEGORIES.filter((category) => coveredSet.has(category)),
      // Anyone who may open the record may change it, unless the client is archived (read-only).
      canChange: person.archivedAt === null,
    };
  });
}
