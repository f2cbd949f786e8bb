import { consents } from '@umbrella/db';
import { londonToday, type withdrawConsentInput } from '@umbrella/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import type { ConsentView } from '../disclosures/views.ts';
import { loadConsentView } from './consent-view.ts';

/**
 * Withdraws a consent, effective at once: from this moment the disclosure firewall no longer relies on it.
 * The consent stays on record, marked withdrawn, with who withdrew it and an optional note. Version-checked.
 */
export async function withdrawConsent(
  ctx: StaffContext,
  input: z.infer<typeof withdrawConsentInput>,
): Promise<ConsentView> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const [found] = await tx
      .select({ personId: consents.personId })
      .from(consents)
      .where(eq(consents.id, input.id))
      .limit(1);
    if (!found) throw notFound('consent');
    const person = await openClientRecord(tx, ctx, found.personId, 'consents.withdraw', { write: true });
    const [before] = await tx
      .select({
        version: consents.version,
        categories: consents.categories,
        withdrawnAt: consents.withdrawnAt,
      })
      .from(consents)
      .where(eq(consents.id, input.id))
      .for('update');
    if (!before) throw notFound('consent');
    if (before.withdrawnAt) throw badRequest('id', 'This consent has already been withdrawn.');
    const [row] = await tx
      .update(consents)
      .set({
        withdrawnAt: now,
        withdrawnById: ctx.session.user.id,
        withdrawalNote: input.note,
        version: sql`${consents.version} + 1`,
        updatedAt: now,
      })
      .where(
        and(eq(consents.id, input.id), eq(consents.version, input.version), isNull(consents.withdrawnAt)),
      )
      .returning({ id: consents.id });
    if (!row) throw await staleOrMissing(tx, consents, input.id, 'consent');
    await auditClientChange(tx, ctx, 'consents.withdraw', person.id, {
      consentId: row.id,
      categories: before.categories,
    });
    return loadConsentView(tx, row.id, now, today);
  });
}
