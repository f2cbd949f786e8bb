import type { DbOrTx } from '@umbrella/db';
import { badRequest } from '../../errors.ts';
import { communicationDisclosure, recordedRecipient } from './communication-disclosure.ts';
import { CLIENT_COUNTERPART } from './counterpart.ts';
import { linkedCommunication, type CommunicationRow } from './load-communication.ts';
import type { CommunicationInput } from './log-communication.ts';

export const SAME_AGENCY_MESSAGE =
  'A chaser or a written confirmation goes to the same agency as the communication it follows up.';
export const SAME_RECIPIENT_MESSAGE =
  'A chaser or a written confirmation goes to the same recipient as the communication it follows up.';

/** The input, addressed as the communication it follows up was: refused when it names anyone else. */
async function addressedAs(
  tx: DbOrTx,
  input: CommunicationInput,
  original: CommunicationRow,
): Promise<CommunicationInput> {
  const recorded = await recordedRecipient(tx, original, await communicationDisclosure(tx, original.id));
  if (input.recipientCategory && recorded && input.recipientCategory !== recorded) {
    throw badRequest('recipientCategory', SAME_RECIPIENT_MESSAGE);
  }
  if (original.agencyId) {
    if (input.agencyId && input.agencyId !== original.agencyId) {
      throw badRequest('agencyId', SAME_AGENCY_MESSAGE);
    }
    if (input.agencyId) return input;
    // Nobody at the agency named: whoever the original was addressed to there.
    const named = input.counterpartName !== null;
    return {
      ...input,
      agencyId: original.agencyId,
      contactId: named ? null : original.contactId,
      counterpartName: named ? input.counterpartName : original.counterpartName,
    };
  }
  if (input.agencyId) throw badRequest('agencyId', SAME_RECIPIENT_MESSAGE);
  const recipientCategory = input.recipientCategory ?? recorded;
  // With the client, the name is theirs (an older record may name them otherwise).
  const originalName = recipientCategory === 'client' ? CLIENT_COUNTERPART : original.counterpartName;
  return { ...input, recipientCategory, counterpartName: input.counterpartName ?? originalName };
}

/**
 * A chaser (`chaserOfId`) or a written confirmation (`confirmsId`) goes where the communication it follows up
 * went: the same agency (another person there may be named), or without one the same kind of recipient. What
 * the input leaves out is taken from the original; a different agency or kind of recipient is refused on its
 * field. Nothing is written.
 */
export async function addressFollowUp(
  tx: DbOrTx,
  personId: string,
  input: CommunicationInput,
): Promise<CommunicationInput> {
  let addressed = input;
  for (const field of ['chaserOfId', 'confirmsId'] as const) {
    const id = input[field];
    if (id) addressed = await addressedAs(tx, addressed, await linkedCommunication(tx, personId, id, field));
  }
  return addressed;
}
