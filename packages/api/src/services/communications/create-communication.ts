import type { DbOrTx } from '@umbrella/db';
import {
  communicationHeading,
  isDisclosingCommunication,
  londonToday,
  type DisclosureDecision,
  type RecipientCategory,
} from '@umbrella/domain';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { firewallDecision, recipientField, recipientOf } from '../disclosures/firewall.ts';
import { recordDisclosure } from '../disclosures/record-disclosure.ts';
import { loadCommunicationView, type CommunicationView } from './communication-view.ts';
import { logCommunication, prepareCommunication, type CommunicationInput } from './log-communication.ts';

/**
 * The disclosure firewall for something sent, or a call or meeting: with the client, or covered by the
 * client's consent in force, it passes with that basis; anything else is refused on the recipient's field with
 * the reason, nothing written. The consents read are held until the transaction ends, so a withdrawal cannot
 * slip in between.
 */
async function passFirewall(
  tx: DbOrTx,
  personId: string,
  input: CommunicationInput,
  agencyCategory: string | null,
  now: Date,
  today: string,
): Promise<{
  recipient: RecipientCategory;
  decision: Exclude<DisclosureDecision, { outcome: 'needs_approval' }>;
}> {
  const recipient = recipientOf(agencyCategory, input.recipientCategory);
  const decision = await firewallDecision(tx, personId, recipient, now, today, { lock: true });
  if (decision.outcome === 'needs_approval') throw badRequest(recipientField(input), decision.explanation);
  return { recipient, decision };
}

/**
 * Logs a communication on a client's case: who with, when, what, and its attachments. An outgoing one that
 * expects a reply gets a reply-due date (set by hand, the agency's own, or the practice default); a call or
 * meeting is flagged to be confirmed in writing unless the caseworker says otherwise.
 *
 * Something sent, and any call or meeting (received too: information is shared in a conversation), passes
 * the disclosure firewall first (DOMAIN.md §5): with the client, or with an agency the client's consent in
 * force covers, it is logged with a disclosure recording that basis; anything else (no consent, or
 * immigration enforcement) is refused here, naming the recipient's field, and nothing is written: the
 * caseworker asks a supervisor's approval instead (`disclosures.requestApproval`). A letter or e-mail
 * received shares nothing and records no disclosure. A chaser or a confirmation goes to whoever the
 * communication it follows up went to (`prepareCommunication`).
 */
export async function createCommunication(
  ctx: StaffContext,
  input: CommunicationInput,
): Promise<CommunicationView> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture(
    'occurredOn',
    input.occurredOn,
    now,
    'The date sent or received cannot be in the future.',
  );
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'communications.create', { write: true });
    const prepared = await prepareCommunication(tx, person.id, input);
    const { input: logging } = prepared;
    const disclosed = isDisclosingCommunication(logging)
      ? await passFirewall(tx, person.id, logging, prepared.counterpart.agencyCategory, now, today)
      : null;
    const logged = await logCommunication(tx, {
      cipher: ctx.cipher,
      personId: person.id,
      prepared,
      recordedById: ctx.session.user.id,
      attachments: 'staged',
      now,
      today,
    });
    const disclosureId = disclosed
      ? await recordDisclosure(tx, {
          personId: person.id,
          caseId: prepared.caseId,
          kind: 'communication',
          status: 'made',
          recipientCategory: disclosed.recipient,
          agencyId: prepared.counterpart.agencyId,
          recipientLabel: prepared.counterpart.label,
          informationShared: logging.informationShared,
          basis: disclosed.decision.basis,
          consentId: disclosed.decision.outcome === 'consented' ? disclosed.decision.consentId : null,
          description: communicationHeading(logging.channel, logging.direction),
          communicationId: logged.id,
          requestedById: ctx.session.user.id,
          now,
        })
      : null;
    await auditClientChange(tx, ctx, 'communications.create', person.id, {
      ...logged.auditDetails,
      ...(disclosed
        ? { disclosureId, basis: disclosed.decision.basis, recipientCategory: disclosed.recipient }
        : {}),
    });
    return loadCommunicationView(tx, ctx.cipher, logged.id, today);
  });
}
