import { cases, people, personAliases } from '@umbrella/db';
import type { updateClientInput } from '@umbrella/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, conflict } from '../../errors.ts';
import {
  ARCHIVED_MESSAGE,
  auditClientChange,
  inClientTransaction,
  loadViewer,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { assertStillOpenable, checkClientReferences } from './check-references.ts';
import { personColumns, replaceAliases, type PersonColumns } from './person-columns.ts';

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
    await checkClientReferences(tx, input);
    assertStillOpenable(await loadViewer(tx, ctx), input);
    const [updated] = await tx
      .update(people)
      .set({ ...columns, version: sql`${people.version} + 1`, updatedAt: now })
      .where(and(eq(people.id, input.id), eq(people.version, input.version)))
      .returning({ id: people.id, version: people.version });
    if (!updated) throw await staleOrMissing(tx, people, input.id, 'client record');

    const oldAliases = await tx
      .select()
      .from(personAliases)
      .where(eq(personAliases.personId, input.id))
      .orderBy(asc(personAliases.id));
    const aliasesChanged =
      oldAliases.map(aliasKey).sort().join('\n') !==
      input.aliases
        .map((a) => aliasKey({ ...a, knownToAgencyIds: [...new Set(a.knownToAgencyIds)] }))
        .sort()
        .join('\n');
    if (aliasesChanged) await replaceAliases(tx, input.id, input.aliases, now);
    if (before.teamId !== input.teamId) {
      // The case file follows its client's team.
      await tx
        .update(cases)
        .set({ teamId: input.teamId, updatedAt: now })
        .where(eq(cases.personId, input.id));
    }
    const changed = changedFields(before, columns, Object.keys(columns) as (keyof PersonColumns)[]);
    await auditClientChange(tx, ctx, 'clients.update', input.id, {
      changed: aliasesChanged ? [...changed, 'aliases'] : changed,
    });
    return updated;
  });
}
