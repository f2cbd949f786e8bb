import { cases, people, teamMembers, timelineEvents, users, type DbOrTx } from '@umbrella/db';
import {
  canOpenClient,
  keyWorkerChangeNote,
  londonToday,
  type reassignKeyWorkerInput,
} from '@umbrella/domain';
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type PersonRow,
  type StaffContext,
} from '../access/client-record.ts';
import { userRefs } from '../clients/profile.ts';
import type { ReassignResult } from './views.ts';

/**
 * Makes one member of staff the key worker of one client or many (a bulk move is all or nothing). Each client
 * changed gets a timeline event and an audit row; their open case's lead caseworker moves too when it was the
 * old key worker or nobody. Clients who already have that key worker are left as they are.
 */
export async function reassignKeyWorker(
  ctx: StaffContext,
  input: z.infer<typeof reassignKeyWorkerInput>,
): Promise<ReassignResult> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const [target] = await tx
      .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, input.keyWorkerId))
      .limit(1);
    if (!target || !target.active || target.role === 'volunteer') {
      throw badRequest('keyWorkerId', 'Choose an active caseworker or supervisor.');
    }
    // Each record is checked and its row locked, in id order so two bulk moves cannot deadlock.
    const clients: PersonRow[] = [];
    for (const personId of [...input.personIds].sort()) {
      clients.push(await openClientRecord(tx, ctx, personId, 'supervision.reassign', { forUpdate: true }));
    }
    const archived = clients.filter((c) => c.archivedAt !== null);
    if (archived.length) {
      throw badRequest(
        'personIds',
        archived.length === 1 && clients.length === 1
          ? 'This client is archived: their key worker can no longer be changed.'
          : `${archived.length} of the clients chosen are archived: their key worker can no longer be changed. Leave them out and try again.`,
      );
    }
    // A key worker must be able to open their clients' records: a restricted client needs someone on its team.
    const targetViewer = { role: target.role, teamIds: await teamIdsOf(tx, target.id) };
    const unreachable = clients.filter((c) => !canOpenClient(targetViewer, c)).length;
    if (unreachable) {
      const whose =
        clients.length === 1
          ? 'this restricted client’s team, so could not open the record'
          : `the team of ${unreachable} of the restricted clients chosen, so could not open their records`;
      throw badRequest(
        'keyWorkerId',
        `${target.displayName} is not on ${whose}. Add them to the team first, or choose someone on it.`,
      );
    }
    const changing = clients.filter((c) => c.keyWorkerId !== target.id);
    const result = { changed: changing.length, unchanged: clients.length - changing.length };
    if (!changing.length) return result;
    const changingIds = changing.map((c) => c.id);

    const previous = await userRefs(
      tx,
      changing.map((c) => c.keyWorkerId),
    );
    const files = new Map<string, string>();
    const fileRows = await tx
      .select({ id: cases.id, personId: cases.personId })
      .from(cases)
      .where(inArray(cases.personId, changingIds))
      .orderBy(desc(cases.openedOn), desc(cases.createdAt));
    // The latest case file of each client (loadCaseFile's choice).
    for (const row of fileRows) if (!files.has(row.personId)) files.set(row.personId, row.id);

    // Before the people rows change: the lead moves where it was the old key worker, or nobody.
    const moved = await tx
      .update(cases)
      .set({ leadCaseworkerId: target.id, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(
        and(
          inArray(cases.personId, changingIds),
          eq(cases.status, 'open'),
          or(
            isNull(cases.leadCaseworkerId),
            sql`${cases.leadCaseworkerId} = (select ${people.keyWorkerId} from ${people} where ${people.id} = ${cases.personId})`,
          ),
        ),
      )
      .returning({ personId: cases.personId });
    const leadMoved = new Set(moved.map((m) => m.personId));
    await tx
      .update(people)
      .set({ keyWorkerId: target.id, version: sql`${people.version} + 1`, updatedAt: now })
      .where(inArray(people.id, changingIds));
    await tx.insert(timelineEvents).values(
      changing.map((client) => ({
        personId: client.id,
        caseId: files.get(client.id) ?? null,
        kind: 'key_worker_changed' as const,
        occurredOn: today,
        recordedById: ctx.session.user.id,
        note: keyWorkerChangeNote(
          client.keyWorkerId ? (previous.get(client.keyWorkerId)?.displayName ?? null) : null,
          target.displayName,
          input.reason,
        ),
        details: { fromUserId: client.keyWorkerId, toUserId: target.id },
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const client of changing) {
      await auditClientChange(tx, ctx, 'supervision.reassign', client.id, {
        from: client.keyWorkerId,
        to: target.id,
        leadCaseworkerMoved: leadMoved.has(client.id),
        bulk: clients.length > 1,
      });
    }
    return result;
  });
}

async function teamIdsOf(tx: DbOrTx, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, userId));
  return rows.map((r) => r.teamId);
}
