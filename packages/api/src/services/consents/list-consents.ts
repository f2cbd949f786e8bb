import { consents } from '@umbrella/db';
import { categoriesInForce, londonToday, type personIdInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import type { ClientConsentsView } from '../disclosures/views.ts';
import { loadConsentViews } from './consent-view.ts';

/**
 * A client's consents, those in force first, with the sharing categories they cover now. Audited as a read of
 * the client record.
 */
export async function listConsents(
  ctx: StaffContext,
  input: z.infer<typeof personIdInput>,
): Promise<ClientConsentsView> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'consents.read');
    await auditClientRead(tx, ctx, person.id, 'consents');
    const views = await loadConsentViews(tx, eq(consents.personId, person.id), now, today);
    return {
      consents: views,
      categoriesInForce: categoriesInForce(
        views.map((v) => ({
          id: v.id,
          categories: v.categories,
          givenOn: v.givenOn,
          withdrawnAt: v.withdrawnAt ? new Date(v.withdrawnAt) : null,
        })),
        now,
        today,
      ),
      // Anyone who may open the record may change it, unless the client is archived (read-only).
      canChange: person.archivedAt === null,
    };
  });
}
