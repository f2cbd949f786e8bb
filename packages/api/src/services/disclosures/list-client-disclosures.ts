import { disclosures } from '@umbrella/db';
import type { clientDisclosuresInput } from '@umbrella/domain';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { countDisclosures, loadDisclosureViews, withoutClient, viewerOf } from './disclosure-view.ts';
import type { DisclosurePage } from './views.ts';

/**
 * A client's disclosure history, newest first: everything sent, downloaded or printed, and every request for
 * approval with its outcome. For staff who may open the record; audited as a read of it.
 */
export async function listClientDisclosures(
  ctx: StaffContext,
  input: z.infer<typeof clientDisclosuresInput>,
): Promise<DisclosurePage> {
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'disclosures.read');
    await auditClientRead(tx, ctx, person.id, 'disclosures');
    const where = eq(disclosures.personId, person.id);
    const items = await loadDisclosureViews(tx, where, viewerOf(ctx), {
      order: [desc(disclosures.createdAt), desc(disclosures.id)],
      limit: input.limit,
      offset: input.offset,
    });
    return { items: items.map(withoutClient), total: await countDisclosures(tx, where) };
  });
}
