import { agencies, teams, users, type DbOrTx } from '@umbrella/db';
import { canOpenClient, type ClientFields, type ClientViewer } from '@umbrella/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

/** A key worker or lead caseworker must be an active caseworker or supervisor. */
export async function assertStaffMember(tx: DbOrTx, field: string, userId: string | null): Promise<void> {
  if (userId === null) return;
  const [user] = await tx
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  if (!user || user.role === 'volunteer') {
    throw badRequest(field, 'Choose an active caseworker or supervisor.');
  }
}

export async function assertAgenciesExist(tx: DbOrTx, field: string, ids: readonly string[]): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, wanted));
  if (found.length !== wanted.length) {
    throw badRequest(field, 'One of the agencies chosen is not in the directory.');
  }
}

/** The key worker, team and agencies a client's fields point at all exist. */
export async function checkClientReferences(tx: DbOrTx, input: ClientFields): Promise<void> {
  await assertStaffMember(tx, 'keyWorkerId', input.keyWorkerId);
  if (input.teamId !== null) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId)).limit(1);
    if (!team) throw badRequest('teamId', 'Choose a team that exists.');
  }
  await assertAgenciesExist(
    tx,
    'aliases',
    input.aliases.flatMap((a) => a.knownToAgencyIds),
  );
}

/**
 * Nobody may save a record they could not open themselves afterwards (a restricted client off their teams).
 * An edit passes the record's `id`, so that a running break-glass grant in `viewer` counts.
 */
export function assertStillOpenable(viewer: ClientViewer, input: ClientFields & { id?: string }): void {
  if (!canOpenClient(viewer, input)) {
    throw badRequest(
      'teamId',
      'A restricted client must belong to one of your teams, or you could not open the record yourself.',
    );
  }
}
