import { deadlines, subjectAccessRequests, users, type DbOrTx } from '@umbrella/db';
import { asc, desc, eq } from 'drizzle-orm';
import type { SarView } from './views.ts';

/** A client's requests (or one), newest first, with their deadlines and who recorded them. */
export async function loadSarViews(
  tx: DbOrTx,
  where: { personId: string } | { id: string },
): Promise<SarView[]> {
  const rows = await tx
    .select({
      sar: subjectAccessRequests,
      due: deadlines.due,
      dueExplanation: deadlines.explanation,
      recordedBy: { id: users.id, displayName: users.displayName },
    })
    .from(subjectAccessRequests)
    .innerJoin(deadlines, eq(deadlines.id, subjectAccessRequests.deadlineId))
    .innerJoin(users, eq(users.id, subjectAccessRequests.recordedById))
    .where(
      'id' in where
        ? eq(subjectAccessRequests.id, where.id)
        : eq(subjectAccessRequests.personId, where.personId),
    )
    .orderBy(desc(subjectAccessRequests.receivedOn), asc(subjectAccessRequests.id))
    .limit(100);
  return rows.map(({ sar, due, dueExplanation, recordedBy }) => ({
    id: sar.id,
    version: sar.version,
    receivedOn: sar.receivedOn,
    receivedVia: sar.receivedVia,
    identityChecked: sar.identityChecked,
    note: sar.note,
    due,
    dueExplanation,
    deadlineId: sar.deadlineId,
    status: sar.status,
    completedOn: sar.completedOn,
    completionNote: sar.completionNote,
    recordedBy,
    lastExportedAt: sar.lastExportedAt?.toISOString() ?? null,
  }));
}
