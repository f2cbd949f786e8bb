import {
  matterReferenceRows,
  matters,
  openMatterReferences,
  personAliases,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import type { ChaserReference } from '@umbrella/domain';
import { and, arrayContains, eq, or, type SQL } from 'drizzle-orm';

/**
 * The reference numbers a chaser cites: those of the letter's matter and of every matter of this client with
 * the same agency, and the name that agency knows the client by (an alias recorded as known to it). Names and
 * references are stored encrypted: they are opened here, for the letter.
 */
export async function chaserReferences(
  tx: DbOrTx,
  cipher: FieldCipher,
  args: { personId: string; matterId: string | null; agencyId: string | null },
): Promise<ChaserReference[]> {
  const relevant: SQL[] = [];
  if (args.matterId) relevant.push(eq(matters.id, args.matterId));
  if (args.agencyId) relevant.push(eq(matters.agencyId, args.agencyId));
  const references: ChaserReference[] = [];
  if (args.agencyId) {
    const [alias] = await tx
      .select({ name: personAliases.name })
      .from(personAliases)
      .where(
        and(
          eq(personAliases.personId, args.personId),
          arrayContains(personAliases.knownToAgencyIds, [args.agencyId]),
        ),
      )
      .limit(1);
    if (alias) references.push({ label: 'Name', value: cipher.open('person_aliases.name', alias.name) });
  }
  if (!relevant.length) return references;
  const seen = new Set<string>();
  for (const row of await matterReferenceRows(tx, args.personId, or(...relevant))) {
    for (const { label, value } of openMatterReferences(cipher, row)) {
      if (seen.has(value)) continue;
      seen.add(value);
      references.push({ label, value });
    }
  }
  return references;
}
