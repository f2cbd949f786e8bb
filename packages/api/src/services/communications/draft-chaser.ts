import { communications, contacts, type DbOrTx } from '@umbrella/db';
import {
  draftChaser as composeChaser,
  type Channel,
  type communicationIdInput,
  type InformationCategory,
  type RecipientCategory,
} from '@umbrella/domain';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientRead, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { chaserReferences } from './chaser-references.ts';
import { communicationDisclosure } from './communication-disclosure.ts';
import { openCommunication } from './load-communication.ts';
import { loadChain } from './reply-chain.ts';

/** What the new-communication form is filled with: the chaser's text and who it goes to. Nothing is saved. */
export interface ChaserDraftView {
  personId: string;
  matterId: string | null;
  chaserOfId: string;
  channel: Channel;
  agencyId: string | null;
  contactId: string | null;
  counterpartName: string | null;
  /** Who it goes to when there is no directory agency (as recorded with the letter chased). */
  recipientCategory: RecipientCategory | null;
  /** What it shares: as the letter chased did. */
  informationShared: InformationCategory[];
  subject: string;
  body: string;
}

/** Whom the chaser is addressed to: the contact written to, or the name given by hand, else nobody in particular. */
async function addresseeOf(
  tx: DbOrTx,
  sent: { contactId: string | null; agencyId: string | null; counterpartName: string | null },
): Promise<string | null> {
  if (sent.contactId) {
    const [contact] = await tx
      .select({ name: contacts.name })
      .from(contacts)
      .where(eq(contacts.id, sent.contactId))
      .limit(1);
    return contact?.name ?? null;
  }
  return sent.agencyId ? null : sent.counterpartName;
}

/** Drafts a letter chasing an unanswered one, citing its date, subject and the case's references. */
export async function draftChaser(
  ctx: StaffContext,
  input: z.infer<typeof communicationIdInput>,
): Promise<ChaserDraftView> {
  return inClientTransaction(ctx, async (tx) => {
    const { person, communication: sent } = await openCommunication(tx, ctx, input.id, 'communications.read');
    if (sent.direction !== 'outgoing' || sent.replyState !== 'awaiting') {
      throw badRequest('id', 'Only something sent and still awaiting a reply can be chased.');
    }
    await auditClientRead(tx, ctx, person.id, 'communication');
    const chain = await loadChain(tx, sent);
    const earlier = chain.filter((c) => c.id !== sent.id);
    const [original] = earlier.length
      ? await tx
          .select({
            channel: communications.channel,
            occurredOn: communications.occurredOn,
            subject: communications.subject,
            replyDue: communications.replyDue,
          })
          .from(communications)
          .where(inArray(communications.id, [earlier[0]?.id ?? sent.id]))
          .then((rows) =>
            rows.map((r) => ({ ...r, subject: ctx.cipher.open('communications.subject', r.subject) })),
          )
      : [sent];
    const references = await chaserReferences(tx, ctx.cipher, {
      personId: person.id,
      matterId: sent.matterId,
      agencyId: sent.agencyId,
    });
    // A written channel: a call cannot be chased by a call.
    const channel: Channel =
      sent.channel === 'phone_call' || sent.channel === 'meeting' ? 'letter' : sent.channel;
    const draft = composeChaser(
      {
        channel: original?.channel ?? sent.channel,
        occurredOn: original?.occurredOn ?? sent.occurredOn,
        subject: original?.subject ?? sent.subject,
        // When the first letter's reply was due, not the latest chaser's: that is what went unanswered.
        replyDue: original ? original.replyDue : sent.replyDue,
        addressee: await addresseeOf(tx, sent),
        earlierChasers: [
          ...earlier.slice(1).map((c) => c.occurredOn),
          ...(earlier.length ? [sent.occurredOn] : []),
        ],
      },
      references,
    );
    const disclosed = await communicationDisclosure(tx, sent.id);
    return {
      personId: person.id,
      matterId: sent.matterId,
      chaserOfId: sent.id,
      channel,
      agencyId: sent.agencyId,
      contactId: sent.contactId,
      counterpartName: sent.counterpartName,
      recipientCategory: sent.agencyId ? null : (disclosed?.recipientCategory ?? null),
      informationShared: disclosed?.informationShared ?? ['identity', 'case_details'],
      ...draft,
    };
  });
}
