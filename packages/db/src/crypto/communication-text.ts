import { searchTextWithout } from '@umbrella/domain';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { personAliases } from '../schema/people.ts';
import type { FieldCipher } from './cipher.ts';
import type { Ciphertext } from './ciphertext.ts';
import { matterReferenceRows, openMatterReferences } from './matter-references.ts';

/**
 * What a communication's search index must not hold about its client: their legal and other names (aliases)
 * and every reference of their matters, opened from the sealed columns.
 */
export async function clientSearchWords(
  tx: DbOrTx,
  cipher: FieldCipher,
  personId: string,
): Promise<string[]> {
  const aliases = await tx
    .select({ name: personAliases.name })
    .from(personAliases)
    .where(eq(personAliases.personId, personId));
  const words = aliases.map((a) => cipher.open('person_aliases.name', a.name));
  for (const row of await matterReferenceRows(tx, personId)) {
    for (const { value } of openMatterReferences(cipher, row)) words.push(value);
  }
  return words;
}

/** A communication's words as typed, before sealing. */
export interface CommunicationText {
  subject: string;
  counterpartLabel: string;
  body: string | null;
}

/**
 * The search vector of a communication (subject first, then who it was with, then the text), built from its
 * words without the client's names and references (`clientWords`, from clientSearchWords).
 */
export function communicationSearchVector(text: CommunicationText, clientWords: readonly string[]): SQL {
  const without = withoutWordsOf(clientWords);
  return sql`setweight(to_tsvector('english', ${without(text.subject)}), 'A') || setweight(to_tsvector('english', ${without(text.counterpartLabel)}), 'B') || setweight(to_tsvector('english', ${without(text.body ?? '')}), 'C')`;
}

// The remover is built once per list of words: a bulk load passes the same (unchanging) list for many letters.
const removers = new WeakMap<readonly string[], (text: string) => string>();
function withoutWordsOf(clientWords: readonly string[]): (text: string) => string {
  let without = removers.get(clientWords);
  if (!without) {
    without = searchTextWithout(clientWords);
    removers.set(clientWords, without);
  }
  return without;
}

/** A communication's columns as stored: the subject and text sealed, the search vector without the client's words. */
export function sealCommunicationText(
  cipher: FieldCipher,
  text: CommunicationText,
  clientWords: readonly string[],
): { subject: Ciphertext; body: Ciphertext | null; search: SQL } {
  return {
    subject: cipher.seal('communications.subject', text.subject),
    body: cipher.sealOrNull('communications.body', text.body),
    search: communicationSearchVector(text, clientWords),
  };
}

/** A communication's subject and text, opened. */
export function openCommunicationText(
  cipher: FieldCipher,
  stored: { subject: Ciphertext; body: Ciphertext | null },
): { subject: string; body: string | null } {
  return {
    subject: cipher.open('communications.subject', stored.subject),
    body: cipher.openOrNull('communications.body', stored.body),
  };
}

/** The communication a request awaiting approval holds, as stored: its subject and text sealed. */
export function sealPendingCommunication(
  cipher: FieldCipher,
  pending: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...pending,
    subject:
      typeof pending.subject === 'string'
        ? cipher.seal('disclosures.pending_communication.subject', pending.subject)
        : pending.subject,
    body:
      typeof pending.body === 'string'
        ? cipher.seal('disclosures.pending_communication.body', pending.body)
        : pending.body,
  };
}

/** The held communication of a request, opened: as it was typed. */
export function openPendingCommunication(
  cipher: FieldCipher,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const open = (field: 'subject' | 'body') => {
    const value = stored[field];
    return typeof value === 'string'
      ? cipher.open(`disclosures.pending_communication.${field}`, value as unknown as Ciphertext)
      : value;
  };
  return { ...stored, subject: open('subject'), body: open('body') };
}
