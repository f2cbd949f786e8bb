import { subjectAccessRequests } from '@umbrella/db';
import type { confirmSarIdentityInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadSarViews } from './sar-view.ts';
import type { SarView } from './views.ts';

/**
 * We are satisfied it is the client asking, for a request recorded before the check was made. Until then the
 * bundle cannot be exported (exportSarBundle).
 */
export async function confirmSarIdentity(
  ctx: StaffContext,
  input: z.infer<typeof confirmSarIdentityInput>,
): Promise<SarView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const [request] = await tx
      .select()
      .from(subjectAccessRequests)
      .where(eq(subjectAccessRequests.id, input.id))
      .limit(1);
    if (!request) throw notFound('request');
    const person = await openClientRecord(tx, ctx, request.personId, 'sar.confirm_identity', { write: true });
    if (request.identityChecked) {
      throw badRequest('identityChecked', 'The client’s identity has already been checked for this request.');
    }
    const [updated] = await tx
      .update(subjectAccessRequests)
      .set({ identityChecked: true, version: sql`${subjectAccessRequests.version} + 1`, updatedAt: now })
      .where(and(eq(subjectAccessRequests.id, input.id), eq(subjectAccessRequests.version, input.version)))
      .returning({ id: subjectAccessRequests.id });
    if (!updated) throw await staleOrMissing(tx, subjectAccessRequests, input.id, 'request');
    await auditClientChange(tx, ctx, 'sar.confirm_identity', person.id, { requestId: request.id });
    const [view] = await loadSarViews(tx, { id: request.id });
    if (!view) throw new Error('subject access request vanished');
    return view;
  });
}
