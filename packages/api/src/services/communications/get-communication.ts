import { londonToday, type communicationIdInput } from '@umbrella/domain';
import type { z } from 'zod';
import { auditClientRead, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { openCommunication } from './load-communication.ts';

/** One communication in full, with its attachments' details. Audited as a read of the client record. */
export async function getCommunication(
  ctx: StaffContext,
  input: z.infer<typeof communicationIdInput>,
): Promise<CommunicationView> {
  return inClientTransaction(ctx, async (tx) => {
    const { person, communication } = await openCommunication(tx, ctx, input.id, 'communications.read');
    await auditClientRead(tx, ctx, person.id, 'communication');
    return loadCommunicationView(tx, ctx.cipher, communication.id, londonToday(ctx.now()));
  });
}
