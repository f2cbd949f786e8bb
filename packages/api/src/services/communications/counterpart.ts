import { agencies, contacts, type DbOrTx } from '@umbrella/db';
import { RECIPIENT_CATEGORY_LABELS, type RecipientCategory } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

/** How a communication with the client themself is recorded: no other name can stand in for theirs. */
export const CLIENT_COUNTERPART = RECIPIENT_CATEGORY_LABELS.client;
export const CLIENT_NAME_MESSAGE = `With the client themself, give no other name: it is recorded as “${CLIENT_COUNTERPART}”. For anyone else, choose who it goes to.`;

export interface Counterpart {
  agencyId: string | null;
  contactId: string | null;
  counterpartName: string | null;
  /** "Contact name, Agency name", kept with the communication as it was at the time. */
  label: string;
  agencyName: string | null;
  /** The directory's category of the agency (where a disclosure to it goes); null without an agency. */
  agencyCategory: string | null;
  /** The agency's own reply time in working days, if it has one. */
  replyExpectedWorkingDays: number | null;
}

/**
 * Checks the agency and contact exist and belong together, and builds the label kept on the record. Without
 * an agency, with the client themself (`recipientCategory` 'client'), it is recorded as "The client": a name
 * other than that is refused, so nothing sent to an agency can pass as sent to the client.
 */
export async function resolveCounterpart(
  tx: DbOrTx,
  input: {
    agencyId: string | null;
    contactId: string | null;
    counterpartName: string | null;
    recipientCategory?: RecipientCategory | null;
  },
): Promise<Counterpart> {
  if (!input.agencyId) {
    let name = input.counterpartName ?? '';
    if (input.recipientCategory === 'client') {
      if (name && name.toLowerCase() !== CLIENT_COUNTERPART.toLowerCase()) {
        throw badRequest('counterpartName', CLIENT_NAME_MESSAGE);
      }
      name = CLIENT_COUNTERPART;
    }
    return {
      agencyId: null,
      contactId: null,
      counterpartName: name,
      label: name,
      agencyName: null,
      agencyCategory: null,
      replyExpectedWorkingDays: null,
    };
  }
  const [agency] = await tx
    .select({
      name: agencies.name,
      category: agencies.category,
      replyDays: agencies.replyExpectedWorkingDays,
    })
    .from(agencies)
    .where(eq(agencies.id, input.agencyId))
    .limit(1);
  if (!agency) throw badRequest('agencyId', 'That agency is not in the directory.');
  let contactName: string | null = null;
  if (input.contactId) {
    const [contact] = await tx
      .select({ name: contacts.name, agencyId: contacts.agencyId })
      .from(contacts)
      .where(eq(contacts.id, input.contactId))
      .limit(1);
    if (!contact || contact.agencyId !== input.agencyId) {
      throw badRequest('contactId', 'That contact does not work at the chosen agency.');
    }
    contactName = contact.name;
  }
  const parts = [contactName ?? input.counterpartName, agency.name].filter(Boolean);
  return {
    agencyId: input.agencyId,
    contactId: input.contactId,
    counterpartName: input.counterpartName,
    label: parts.join(', '),
    agencyName: agency.name,
    agencyCategory: agency.category,
    replyExpectedWorkingDays: agency.replyDays,
  };
}
