import { sealPendingCommunication } from '@umbrella/db';
import { communicationHeading, isDisclosingCommunication, londonToday } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { claimStagedDocuments, MISSING_ATTACHMENT } from '../communications/attach-documents.ts';
import {
  checkLinks,
  prepareCommunication,
  type CommunicationInput,
} from '../communications/log-communication.ts';
import { loadDisclosureView, viewerOf } from './disclosure-view.ts';
import { firewallDecision, recipientField, recipientOf } from './firewall.ts';
import { recordDisclosure } from './record-disclosure.ts';
import type { DisclosureView } from './views.ts';

export const LEGAL_BASIS_REQUIRED = 'Choose the legal basis for sharing without consent';
export const BASIS_DETAILS_REQUIRED = 'Say how the legal basis applies here';
export const NO_APPROVAL_NEEDED = 'No approval is needed: log it as usual';
export const NOTHING_SHARED =
  'Only something sent, or a call or meeting, needs approval: log a letter or e-mail received as usual.';

/**
 * A communication the disclosure firewall holds back (no consent covers the recipient, or it goes to
 * immigration enforcement): recorded as a disclosure awaiting a supervisor's approval, with the legal basis
 * and its details, and the communication as typed (a chaser or a confirmation addressed as what it follows
 * up). Nothing is logged; the attachments are held for it (never pruned while it waits). Something sent, or a
 * call or meeting either way (an agency that rang: what was shared in the call); refused when the firewall
 * would let it through.
 */
export async function requestApproval(ctx: StaffContext, given: CommunicationInput): Promise<DisclosureView> {
  const now = ctx.now();
  const today = londonToday(now);
  if (!isDisclosingCommunication(given)) throw badRequest('direction', NOTHING_SHARED);
  assertNotInFuture(
    'occurredOn',
    given.occurredOn,
    now,
    'The date sent or received cannot be in the future.',
  );
  const requesterId = ctx.session.user.id;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, given.personId, 'disclosures.request', { write: true });
    const prepared = await prepareCommunication(tx, person.id, given);
    const { input } = prepared;
    const recipient = recipientOf(prepared.counterpart.agencyCategory, input.recipientCategory);
    const decision = await firewallDecision(tx, person.id, recipient, now, today);
    if (decision.outcome !== 'needs_approval') throw badRequest(recipientField(input), NO_APPROVAL_NEEDED);
    const { legalBasis, basisDetails } = input;
    if (!legalBasis) throw badRequest('legalBasis', LEGAL_BASIS_REQUIRED);
    if (!basisDetails) throw badRequest('basisDetails', BASIS_DETAILS_REQUIRED);
    // Something sent is logged as sent on the day it is approved: what it chases or confirms must still allow
    // that. A call or meeting received is logged on the day it took place.
    await checkLinks(tx, input, person.id, input.direction === 'outgoing' ? today : input.occurredOn);
    const held = await claimStagedDocuments(tx, {
      ids: input.attachmentIds,
      personId: person.id,
      userId: requesterId,
      now,
    });
    if (held !== new Set(input.attachmentIds).size) throw badRequest('attachmentIds', MISSING_ATTACHMENT);
    const id = await recordDisclosure(tx, {
      personId: person.id,
      caseId: prepared.caseId,
      kind: 'communication',
      status: 'awaiting_approval',
      recipientCategory: recipient,
      agencyId: prepared.counterpart.agencyId,
      recipientLabel: prepared.counterpart.label,
      informationShared: input.informationShared,
      basis: 'legal_basis',
      legalBasis,
      basisDetails,
      description: communicationHeading(input.channel, input.direction),
      requestedById: requesterId,
      pendingCommunication: sealPendingCommunication(ctx.cipher, { ...input }),
      now,
    });
    await auditClientChange(tx, ctx, 'disclosures.request', person.id, {
      disclosureId: id,
      recipientCategory: recipient,
      reason: decision.reason,
      legalBasis,
      informationShared: input.informationShared,
      attachments: held,
    });
    return loadDisclosureView(tx, id, viewerOf(ctx));
  });
}
