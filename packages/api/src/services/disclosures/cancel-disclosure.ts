import { disclosures } from '@umbrella/db';
import type { cancelDisclosureInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { AccessDenial } from '../access/denial.ts';
import { loadDisclosureView, viewerOf } from './disclosure-view.ts';
import { heldAttachmentIds, openAwaitingRequest, releaseRequest } from './pending.ts';
import type { DisclosureView } from './views.ts';

export const ONLY_REQUESTER = 'Only whoever asked for approval can withdraw the request.';

/**
 * Whoever asked withdraws a request still awaiting approval (anyone else is refused, and the refusal audited):
 * nothing is sent, and the held attachments go back to staged, so they are pruned. Version-checked.
 */
export async function cancelDisclosure(
  ctx: StaffContext,
  input: z.infer<typeof cancelDisclosureInput>,
): Promise<DisclosureView> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  return inClientTransaction(ctx, async (tx) => {
    const { person, request } = await openAwaitingRequest(tx, ctx, input, 'disclosures.cancel', {
      check: (row, client) => {
        if (row.requestedById !== userId) {
          throw new AccessDenial(
            {
              action: 'disclosures.cancel',
              entityType: 'person',
              entityId: client.id,
              details: { disclosureId: row.id, reason: 'not_requester' },
            },
            ONLY_REQUESTER,
          );
        }
      },
    });
    await tx
      .update(disclosures)
      .set({
        status: 'cancelled',
        pendingCommunication: null,
        version: sql`${disclosures.version} + 1`,
        updatedAt: now,
      })
      .where(eq(disclosures.id, request.id));
    await releaseRequest(tx, request, now);
    await auditClientChange(tx, ctx, 'disclosures.cancel', person.id, {
      disclosureId: request.id,
      releasedAttachments: heldAttachmentIds(request).length,
    });
    return loadDisclosureView(tx, request.id, viewerOf(ctx));
  });
}
