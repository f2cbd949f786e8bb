import { londonToday, type sharingCheckInput } from '@umbrella/domain';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { consentLimits } from '../consents/consent-limits.ts';
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
    return {
      recipientCategory,
      decision: await firewallDecision(tx, person.id, recipientCategory, now, today),
      // Whatever the recipient: the caseworker reads them before writing.
      limits: (await consentLimits(tx, [person.id], today)).get(person.id) ?? [],
    };
  });
}
