import type { clientSarsInput } from '@umbrella/domain';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadSarViews } from './sar-view.ts';
import type { ClientSarsView } from './views.ts';

/** A client's requests for their data, newest first; what the caller may do with them. */
export async function listSars(
  ctx: StaffContext,
  input: z.infer<typeof clientSarsInput>,
): Promise<ClientSarsView> {
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'sar.list');
    await auditClientRead(tx, ctx, person.id, 'subject_access');
    return {
      requests: await loadSarViews(tx, { personId: person.id }),
      canRecord: !person.archivedAt,
      canExport: ctx.session.user.role === 'supervisor',
    };
  });
}
