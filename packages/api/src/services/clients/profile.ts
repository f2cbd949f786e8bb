import {
  agencies,
  cases,
  matters,
  personAliases,
  teams,
  users,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import { ALIAS_KINDS, RISK_FLAGS, type RiskFlag } from '@umbrella/domain';
import { desc, eq, inArray } from 'drizzle-orm';
import type { PersonRow } from '../access/client-record.ts';
import { loadMatterViews } from '../matters/matter-view.ts';
import { openAlias, openPerson } from './person-columns.ts';
import type { ClientProfile, PersonRef } from './views.ts';

export function knownRiskFlags(flags: readonly string[]): RiskFlag[] {
  return flags.filter((f): f is RiskFlag => (RISK_FLAGS as readonly string[]).includes(f));
}

/** Members of staff by id, for naming them (nulls and repeats are skipped; one query, none when empty). */
export async function userRefs(tx: DbOrTx, ids: (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The case file of a client: every client has one, opened with the record. */
export async function loadCaseFile(tx: DbOrTx, personId: string) {
  const [file] = await tx
    .select()
    .from(cases)
    .where(eq(cases.personId, personId))
    .orderBy(desc(cases.openedOn), desc(cases.createdAt))
    .limit(1);
  if (!file) throw new Error(`client ${personId} has no case file`);
  return file;
}

/**
 * A whole client record, once the caller's access has been checked: a fixed number of queries. Its sealed
 * columns (date of birth, notes, safe-contact text, alias names, references) are opened.
 */
export async function loadClientProfile(
  tx: DbOrTx,
  cipher: FieldCipher,
  row: PersonRow,
): Promise<ClientProfile> {
  const person = openPerson(cipher, row);
  const file = await loadCaseFile(tx, person.id);
  const aliases = (await tx.select().from(personAliases).where(eq(personAliases.personId, person.id))).map(
    (a) => openAlias(cipher, a),
  );
  // Legal names first, then other names, then previous ones; by name (sealed, so sorted here), then id.
  aliases.sort(
    (a, b) =>
      ALIAS_KINDS.indexOf(a.kind) - ALIAS_KINDS.indexOf(b.kind) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  const agencyIds = [...new Set(aliases.flatMap((a) => a.knownToAgencyIds))];
  const agencyNames = new Map(
    agencyIds.length
      ? (
          await tx
            .select({ id: agencies.id, name: agencies.name })
            .from(agencies)
            .where(inArray(agencies.id, agencyIds))
        ).map((a) => [a.id, a])
      : [],
  );
  const [team] = person.teamId
    ? await tx.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, person.teamId))
    : [];
  const refs = await userRefs(tx, [person.keyWorkerId, file.leadCaseworkerId]);
  const ref = (id: string | null) => (id ? (refs.get(id) ?? null) : null);
  return {
    id: person.id,
    version: person.version,
    displayName: person.displayName,
    dateOfBirth: person.dateOfBirth,
    dateOfBirthPrecision: person.dateOfBirthPrecision,
    nationality: person.nationality,
    languages: person.languages,
    interpreterNeeded: person.interpreterNeeded,
    interpreterLanguage: person.interpreterLanguage,
    pronouns: person.pronouns,
    safeContact: person.safeContact,
    riskFlags: knownRiskFlags(person.riskFlags),
    keyWorker: ref(person.keyWorkerId),
    team: team ?? null,
    restricted: person.restricted,
    notes: person.notes,
    archivedAt: person.archivedAt?.toISOString() ?? null,
    anonymisedAt: person.anonymisedAt?.toISOString() ?? null,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
    aliases: aliases.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      knownToAgencies: a.knownToAgencyIds.flatMap((id) => agencyNames.get(id) ?? []),
      notes: a.notes,
    })),
    case: {
      id: file.id,
      version: file.version,
      status: file.status,
      openedOn: file.openedOn,
      closedOn: file.closedOn,
      leadCaseworker: ref(file.leadCaseworkerId),
    },
    matters: await loadMatterViews(tx, cipher, eq(matters.personId, person.id)),
  };
}
