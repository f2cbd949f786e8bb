import { agencies, consents, type DbOrTx } from '@umbrella/db';
import {
  decideDisclosure,
  recipientCategoryOfAgency,
  type ConsentFacts,
  type DisclosureDecision,
  type RecipientCategory,
} from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

/**
 * A client's consents as the firewall reads them (withdrawn ones too: the domain decides what is in force).
 * `lock` holds them (shared) until the transaction ends, so a withdrawal made at the same moment waits for
 * the disclosure relying on the consent, never the other way round.
 */
export async function loadConsentFacts(
  tx: DbOrTx,
  personId: string,
  options: { lock?: boolean } = {},
): Promise<ConsentFacts[]> {
  const query = tx
    .select({
      id: consents.id,
      categories: consents.categories,
      givenOn: consents.givenOn,
      withdrawnAt: consents.withdrawnAt,
    })
    .from(consents)
    .where(eq(consents.personId, personId));
  return options.lock ? query.for('share') : query;
}

/** Who something goes to: a directory agency's own category wins; otherwise the category chosen on the form. */
export function recipientOf(
  agencyCategory: string | null,
  recipientCategory: RecipientCategory | null,
): RecipientCategory {
  if (agencyCategory !== null) return recipientCategoryOfAgency(agencyCategory);
  if (recipientCategory) return recipientCategory;
  throw badRequest('recipientCategory', 'Say who it goes to: the client, or which kind of agency');
}

/** The form field a firewall refusal is shown beside: the agency when one was chosen, or who it goes to. */
export function recipientField(input: { agencyId: string | null }): 'agencyId' | 'recipientCategory' {
  return input.agencyId ? 'agencyId' : 'recipientCategory';
}

/** The recipient category of an agency named in an input, or of the category chosen instead. */
export async function resolveRecipient(
  tx: DbOrTx,
  input: { agencyId: string | null; recipientCategory: RecipientCategory | null },
): Promise<RecipientCategory> {
  if (!input.agencyId) return recipientOf(null, input.recipientCategory);
  const [agency] = await tx
    .select({ category: agencies.category })
    .from(agencies)
    .where(eq(agencies.id, input.agencyId))
    .limit(1);
  if (!agency) throw badRequest('agencyId', 'That agency is not in the directory.');
  return recipientOf(agency.category, input.recipientCategory);
}

/** The firewall's answer for this client and recipient now, from the client's consents. */
export async function firewallDecision(
  tx: DbOrTx,
  personId: string,
  recipient: RecipientCategory,
  now: Date,
  today: string,
  options: { lock?: boolean } = {},
): Promise<DisclosureDecision> {
  return decideDisclosure(recipient, await loadConsentFacts(tx, personId, options), now, today);
}
