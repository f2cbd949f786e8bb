import { agencies, disclosures, type DbOrTx } from '@umbrella/db';
import {
  recipientCategoryOfAgency,
  type InformationCategory,
  type RecipientCategory,
} from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';

/** The disclosure a logged communication made, as the rules about changing or following it up need it. */
export interface CommunicationDisclosure {
  id: string;
  recipientCategory: RecipientCategory;
  informationShared: InformationCategory[];
  /** Set when a supervisor approved it (sent without consent, or to immigration enforcement). */
  decidedById: string | null;
  decidedAt: Date | null;
}

/**
 * The disclosure a communication made: none for a letter or e-mail received, or for one logged before
 * disclosures were recorded. `lock` holds it until the transaction ends (a correction renames its recipient).
 */
export async function communicationDisclosure(
  tx: DbOrTx,
  communicationId: string,
  options: { lock?: boolean } = {},
): Promise<CommunicationDisclosure | null> {
  const query = tx
    .select({
      id: disclosures.id,
      recipientCategory: disclosures.recipientCategory,
      informationShared: disclosures.informationShared,
      decidedById: disclosures.decidedById,
      decidedAt: disclosures.decidedAt,
    })
    .from(disclosures)
    .where(and(eq(disclosures.communicationId, communicationId), eq(disclosures.kind, 'communication')))
    .limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return row
    ? {
        ...row,
        recipientCategory: row.recipientCategory as RecipientCategory,
        informationShared: row.informationShared as InformationCategory[],
      }
    : null;
}

/**
 * Who a logged communication went to: the kind its disclosure records or, logged before disclosures were
 * recorded, its agency's kind; null when neither says.
 */
export async function recordedRecipient(
  tx: DbOrTx,
  communication: { agencyId: string | null },
  disclosure: Pick<CommunicationDisclosure, 'recipientCategory'> | null,
): Promise<RecipientCategory | null> {
  if (disclosure) return disclosure.recipientCategory;
  if (!communication.agencyId) return null;
  const [agency] = await tx
    .select({ category: agencies.category })
    .from(agencies)
    .where(eq(agencies.id, communication.agencyId));
  return agency ? recipientCategoryOfAgency(agency.category) : null;
}
