import {
  openSafeContact,
  personAliases,
  sealSafeContact,
  type Ciphertext,
  type DbOrTx,
  type FieldCipher,
  type people,
} from '@umbrella/db';
import type { ClientFields } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { assertNotInFuture } from '../cases/calendar.ts';

/** The client's own columns in clear, from the validated fields (aliases are rows of their own). */
export function personColumns(input: ClientFields, now: Date) {
  if (input.dateOfBirth) {
    assertNotInFuture('dateOfBirth', input.dateOfBirth, now, 'A date of birth cannot be in the future.');
  }
  return {
    displayName: input.displayName,
    dateOfBirth: input.dateOfBirth,
    dateOfBirthPrecision: input.dateOfBirth ? input.dateOfBirthPrecision : 'unknown',
    nationality: input.nationality,
    languages: input.languages,
    interpreterNeeded: input.interpreterNeeded,
    interpreterLanguage: input.interpreterLanguage,
    pronouns: input.pronouns,
    safeContact: input.safeContact,
    riskFlags: [...new Set(input.riskFlags)],
    keyWorkerId: input.keyWorkerId,
    teamId: input.teamId,
    restricted: input.restricted,
    notes: input.notes,
  };
}

export type PersonColumns = ReturnType<typeof personColumns>;

/** The columns as stored: date of birth, notes and the free text of the safe-contact rules sealed. */
export function sealPersonColumns(cipher: FieldCipher, columns: PersonColumns) {
  return {
    ...columns,
    dateOfBirth: cipher.sealOrNull('people.date_of_birth', columns.dateOfBirth),
    safeContact: sealSafeContact(cipher, columns.safeContact),
    notes: cipher.sealOrNull('people.notes', columns.notes),
  } satisfies Partial<typeof people.$inferInsert>;
}

/** A client row with its sealed columns opened. */
export function openPerson(cipher: FieldCipher, row: typeof people.$inferSelect) {
  return {
    ...row,
    dateOfBirth: cipher.openOrNull('people.date_of_birth', row.dateOfBirth),
    safeContact: openSafeContact(cipher, row.safeContact),
    notes: cipher.openOrNull('people.notes', row.notes),
  };
}

export type OpenPerson = ReturnType<typeof openPerson>;

/** An alias row with its name opened (and its blind index left out). */
export function openAlias<T extends { name: Ciphertext; nameIndex?: string | null }>(
  cipher: FieldCipher,
  row: T,
): Omit<T, 'name' | 'nameIndex'> & { name: string } {
  const { name, nameIndex: _, ...rest } = row;
  return { ...rest, name: cipher.open('person_aliases.name', name) };
}

/** An edit names the whole list of other names: the old list is replaced by the new one. */
export async function replaceAliases(
  tx: DbOrTx,
  cipher: FieldCipher,
  personId: string,
  aliases: ClientFields['aliases'],
  now: Date,
): Promise<void> {
  await tx.delete(personAliases).where(eq(personAliases.personId, personId));
  if (aliases.length === 0) return;
  await tx.insert(personAliases).values(
    aliases.map((a) => ({
      personId,
      name: cipher.seal('person_aliases.name', a.name),
      // Legal names and aliases are found by this, exactly after normalising (clients.list).
      nameIndex: cipher.blindIndex('name', a.name),
      kind: a.kind,
      knownToAgencyIds: [...new Set(a.knownToAgencyIds)],
      notes: a.notes,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
