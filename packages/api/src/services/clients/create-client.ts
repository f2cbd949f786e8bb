import { cases, people, timelineEvents } from '@umbrella/db';
import type { createClientInput } from '@umbrella/domain';
import type { z } from 'zod';
import { auditClientChange, loadViewer, type StaffContext } from '../access/client-record.ts';
import { organisationToday } from '../cases/calendar.ts';
import { assertStillOpenable, checkClientReferences } from './check-references.ts';
import { personColumns, replaceAliases, sealPersonColumns } from './person-columns.ts';

/** Adds a client and opens their case file, in one transaction. */
export async function createClient(
  ctx: StaffContext,
  input: z.infer<typeof createClientInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  const today = organisationToday(now);
  const columns = personColumns(input, now);
  return ctx.db.transaction(async (tx) => {
    await checkClientReferences(tx, input);
    assertStillOpenable(await loadViewer(tx, ctx), input);
    const [person] = await tx
      .insert(people)
      .values({ ...sealPersonColumns(ctx.cipher, columns), createdAt: now, updatedAt: now })
      .returning({ id: people.id, version: people.version });
    if (!person) throw new Error('client insert returned nothing');
    await replaceAliases(tx, ctx.cipher, person.id, input.aliases, now);
    const [file] = await tx
      .insert(cases)
      .values({
        personId: person.id,
        status: 'open',
        openedOn: today,
        leadCaseworkerId: input.keyWorkerId,
        teamId: input.teamId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id });
    if (!file) throw new Error('case insert returned nothing');
    await tx.insert(timelineEvents).values({
      personId: person.id,
      caseId: file.id,
      kind: 'case_opened',
      occurredOn: today,
      recordedById: ctx.session.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await auditClientChange(tx, ctx, 'clients.create', person.id, {
      caseId: file.id,
      aliases: input.aliases.length,
      restricted: input.restricted,
    });
    return person;
  });
}
