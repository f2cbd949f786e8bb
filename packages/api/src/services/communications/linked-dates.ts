import { communications, type DbOrTx } from '@umbrella/db';
import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';
import type { CommunicationRow } from './load-communication.ts';

/**
 * A corrected date must still fit the communications linked to this one: not before what it answers, chases or
 * confirms, and not after its reply, its chasers or its written confirmation.
 */
export async function assertDateFitsLinks(tx: DbOrTx, row: CommunicationRow, date: string): Promise<void> {
  const earlierIds = [row.chaserOfId, row.confirmsId].filter((id): id is string => id !== null);
  const laterIds = [row.answeredById].filter((id): id is string => id !== null);
  const conditions: SQL[] = [
    eq(communications.answeredById, row.id),
    eq(communications.chaserOfId, row.id),
    eq(communications.confirmsId, row.id),
  ];
  const ids = [...earlierIds, ...laterIds];
  if (ids.length) conditions.push(inArray(communications.id, ids));
  const linked = await tx
    .select({
      id: communications.id,
      occurredOn: communications.occurredOn,
      answeredById: communications.answeredById,
    })
    .from(communications)
    .where(or(...conditions));
  const before = linked.filter((c) => earlierIds.includes(c.id) || c.answeredById === row.id);
  const after = linked.filter((c) => !before.includes(c));
  if (before.some((c) => c.occurredOn > date)) {
    throw badRequest(
      'occurredOn',
      'This cannot be dated before the communication it answers, chases or confirms.',
    );
  }
  if (after.some((c) => c.occurredOn < date)) {
    throw badRequest('occurredOn', 'This cannot be dated after its reply, its chaser or its confirmation.');
  }
}
