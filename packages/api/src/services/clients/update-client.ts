import { cases, people, personAliases, timelineEvents, users, type DbOrTx } from '@umbrella/db';
import { keyWorkerChangeNote, type updateClientInput } from '@umbrella/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, badRequest, conflict } from '../../errors.ts';
import {
  ARCHIVED_MESSAGE,
  auditClientChange,
  inClientTransaction,
  loadViewer,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { breakGlassDetails } from '../access/break-glass-access.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { organisationToday } from '../cases/calendar.ts';

import { loadCaseFile } from './profile.ts';
import { assertStillOpenable, checkClientReferences } from './check-references.ts';
import {
  openAlias,
  openPerson,
  personColumns,
  replaceAliases,
  sealPersonColumns,
  type PersonColumns,
} from './person-columns.ts';

export const BREAK_GLASS_ACCESS_MESSAGE =
  'You opened this record with break-glass: only its team or a supervisor can change who may open it.';

/** Break-glass opens a record for a while; it never lets the caseworker change who may open it. */
function assertAccessUnchanged(
  before: { restricted: boolean; teamId: string | null },
  input: { restricted: boolean; teamId: string | null },
): void {
  if (input.restricted !== before.restricted) throw badRequest('restricted', BREAK_GLASS_ACCESS_MESSAGE);
  if (input.teamId !== before.teamId) throw badRequest('teamId', BREAK_GLASS_ACCESS_MESSAGE);
}

export const KEY_WORKER_CHANGE_MESSAGE =
  'Only a supervisor can change the key worker. Ask a supervisor to reassign this client.';

const aliasKey = (a: { name: string; kind: string; knownToAgencyIds: string[]; notes: string | null }) =>
  JSON.stringify([a.name, a.kind, [...a.knownToAgencyIds].sort(), a.notes]);

/** Edits a client record at the version the editor read; a stale version is a CONFLICT and writes nothing. */
export async function updateClient(
  ctx: StaffContext,
  input: z.infer<typeof updateClientInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  const columns = personColumns(input, now);
  return inClientTransaction(ctx, async (tx) => {
    const before = await openClientRecord(tx, ctx, input.id, 'clients.update', { forUpdate: true });
    if (before.version !== input.version) throw conflict('client record');
    if (before.archivedAt) throw new AppError('BAD_REQUEST', ARCHIVED_MESSAGE);
    if (before.keyWorkerId !== input.keyWorkerId && ctx.session.user.role !== 'supervisor') {
      // Reassigning is a supervisor's decision: the key worker also reads the case's supervision notes.
      throw badRequest('keyWorkerId', KEY_WORKER_CHANGE_MESSAGE);
    }
    await checkClientReferences(tx, input);
    if (breakGlassDetails(tx, input.id).breakGlassId) assertAccessUnchanged(before, input);
    // A record opened with break-glass may be saved as it is (restricted, on another team) while the grant runs.
    assertStillOpenable(await loadViewer(tx, ctx, { withBreakGlass: true }), input);
    const [updated] = await tx
      .update(people)
      .set({ ...sealPersonColumns(ctx.cipher, columns), version: sql`${people.version} + 1`, updatedAt: now })
      .where(and(eq(people.id, input.id), eq(people.version, input.version)))
      .returning({ id: people.id, version: people.version });
    if (!updated) throw await staleOrMissing(tx, people, input.id, 'client record');

    const oldAliases = await tx
      .select()
      .from(personAliases)
      .where(eq(personAliases.personId, input.id))
      .orderBy(asc(personAliases.id));
    const aliasesChanged =
      oldAliases
        .map((a) => aliasKey(openAlias(ctx.cipher, a)))
        .sort()
        .join('\n') !==
      input.aliases
        .map((a) => aliasKey({ ...a, knownToAgencyIds: [...new Set(a.knownToAgencyIds)] }))
        .sort()
        .join('\n');
    if (aliasesChanged) await replaceAliases(tx, ctx.cipher, input.id, input.aliases, now);
    if (before.teamId !== input.teamId) {
      // The case file follows its client's team.
      await tx
        .update(cases)
        .set({ teamId: input.teamId, updatedAt: now })
        .where(eq(cases.personId, input.id));
    }
    if (before.keyWorkerId !== input.keyWorkerId) {
      await recordKeyWorkerChange(tx, ctx, input.id, before.keyWorkerId, input.keyWorkerId, now);
    }
    // Compared in clear: a sealed value is different every time it is sealed.
    const changed = changedFields(
      openPerson(ctx.cipher, before),
      columns,
      Object.keys(columns) as (keyof PersonColumns)[],
    );
    await auditClientChange(tx, ctx, 'clients.update', input.id, {
      changed: aliasesChanged ? [...changed, 'aliases'] : changed,
    });
    return updated;
  });
}

/** A change of key worker made in the edit form goes on the timeline like a supervisor's reassignment. */
async function recordKeyWorkerChange(
  tx: DbOrTx,
  ctx: StaffContext,
  personId: string,
  from: string | null,
  to: string | null,
  now: Date,
): Promise<void> {
  const ids = [from, to].filter((id): id is string => id !== null);
  const names = new Map(
    ids.length
      ? (
          await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const file = await loadCaseFile(tx, personId);
  await tx.insert(timelineEvents).values({
    personId,
    caseId: file.id,
    kind: 'key_worker_changed',
    occurredOn: organisationToday(now),
    recordedById: ctx.session.user.id,
    note: keyWorkerChangeNote(
      from ? (names.get(from) ?? null) : null,
      to ? (names.get(to) ?? null) : null,
      null,
    ),
    createdAt: now,
    updatedAt: now,
  });
}
