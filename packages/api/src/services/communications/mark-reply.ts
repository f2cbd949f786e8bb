import { londonToday, type markReplyInput } from '@umbrella/domain';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { linkedCommunication, openCommunication } from './load-communication.ts';
import { loadChain, markChainAnswered } from './reply-chain.ts';

/**
 * Marks a received communication as the reply to something sent: the letter and every chaser of it stop
 * waiting. Returns the letter as it now stands.
 */
export async function markReply(
  ctx: StaffContext,
  input: z.infer<typeof markReplyInput>,
): Promise<CommunicationView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, communication: incoming } = await openCommunication(
      tx,
      ctx,
      input.incomingId,
      'communications.mark_reply',
      { write: true },
    );
    if (incoming.direction !== 'incoming') {
      throw badRequest('incomingId', 'Only something received can be marked as a reply.');
    }
    const sent = await linkedCommunication(tx, person.id, input.outgoingId, 'outgoingId');
    if (sent.direction !== 'outgoing' || !sent.replyState || sent.replyState === 'answered') {
      throw badRequest('outgoingId', 'That communication is not waiting for a reply.');
    }
    if (incoming.occurredOn < sent.occurredOn) {
      throw badRequest('incomingId', 'A reply cannot have been received before the letter was sent.');
    }
    const chain = await loadChain(tx, sent);
    const answered = await markChainAnswered(
      tx,
      chain.map((c) => c.id),
      incoming.id,
      now,
    );
    await auditClientChange(tx, ctx, 'communications.mark_reply', person.id, {
      communicationId: incoming.id,
      answered,
    });
    return loadCommunicationView(tx, ctx.cipher, sent.id, londonToday(now));
  });
}
