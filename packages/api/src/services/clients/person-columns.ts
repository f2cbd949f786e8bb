import { personAliases, type DbOrTx, type people } from '@umbrella/db';
import type { ClientFields } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { assertNotInFuture } from '../cases/calendar.ts';

/** The client's own columns, from the validated fields (aliases are rows of their own). */
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
  } satisfies Partial<typeof people.$inferInsert>;
}

export type PersonColumns = ReturnType<typeof personColumns>;

/** An edit names the whole list of other names: the old list is replaced by the new one. */
export async function replaceAliases(
  tx: DbOrTx,
  personId: string,
  aliases: ClientFields['aliases'],
  now: Date,
): Promise<void> {
  await tx.delete(personAliases).where(eq(personAliases.personId, personId));
  if (aliases.length === 0) return;
  await tx.insert(personAliases).values(
    aliases.map((a) => ({
      personId,
      name: a.name,
      kind: a.kind,
      knownToAgencyIds: [...new Set(a.knownToAgencyIds)],
      notes: a.notes,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
