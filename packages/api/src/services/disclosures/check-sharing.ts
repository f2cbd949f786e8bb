import { consents } from '@umbrella/db';
import { londonToday, type sharingCheckInput } from '@umbrella/domain';
import { and, asc, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { firewallDecision, resolveRecipient } from './firewall.ts';
import type { SharingCheckView } from './views.ts';

/**
 * What the disclosure firewall says now about sending this client's information to an agency (or a kind of
 * recipient): the log form asks before the caseworker writes. Reading the client's consents is audited.
 */
export async function checkSharing(
  ctx: StaffContext,
  input: z.infer<typeof sharingCheckInput>,
): Promise<SharingCheckView> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'disclosures.check');
    const recipientCategory = await resolveRecipient(tx, input);
    await auditClientRead(tx, ctx, person.id, 'consents');
    // The limits the client set on consents in force, whatever the recipient: the caseworker reads them
    // before writing.
    const limits = await tx
      .select({ scope: consents.scope })
      .from(consents)
      .where(
        and(
          eq(consents.personId, person.id),
          isNull(consents.withdrawnAt),
          lte(consents.givenOn, today),
          isNotNull(consents.scope),
        ),
      )
      .orderBy(asc(consents.givenOn), asc(consents.id));
    return {
      recipientCategory,
      decision: await firewallDecision(tx, person.id, recipientCategory, now, today),
      limits: limits.flatMap((l) => (l.scope ? [l.scope] : [])),
    };
  });
}
