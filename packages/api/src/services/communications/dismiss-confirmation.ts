import { communications } from '@umbrella/db';
import { londonToday, type dismissConfirmationInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { openCommunication } from './load-communication.ts';

/** A call or meeting that will not be confirmed in writing (the client asked not to, say), with the reason. */
export async function dismissConfirmation(
  ctx: StaffContext,
  input: z.infer<typeof dismissConfirmationInput>,
): Promise<CommunicationView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, communication } = await openCommunication(
      tx,
      ctx,
      input.id,
      'communications.dismiss_confirmation',
      { write: true },
    );
    if (communication.confirmation !== 'needed') {
      throw badRequest('id', 'This is not waiting to be confirmed in writing.');
    }
    const [row] = await tx
      .update(communications)
      .set({
        confirmation: 'not_needed',
        confirmationNote: input.reason,
        version: sql`${communications.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(communications.id, input.id), eq(communications.version, input.version)))
      .returning({ id: communications.id });
    if (!row) throw await staleOrMissing(tx, communications, input.id, 'communication');
    await auditClientChange(tx, ctx, 'communications.dismiss_confirmation', person.id, {
      communicationId: input.id,
    });
    return loadCommunicationView(tx, ctx.cipher, input.id, londonToday(now));
  });
}
