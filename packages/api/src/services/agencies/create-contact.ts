import { agencies, contacts } from '@umbrella/db';
import type { createContactInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { auditDirectoryChange, toContactView, type ContactView } from './views.ts';

export async function createContact(
  ctx: StaffContext,
  input: z.infer<typeof createContactInput>,
): Promise<ContactView> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.agencyId));
    if (!agency) throw badRequest('agencyId', 'That agency is not in the directory.');
    const [row] = await tx
      .insert(contacts)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('contact insert returned nothing');
    await auditDirectoryChange(
      tx,
      ctx,
      'agencies.create_contact',
      { type: 'contact', id: row.id },
      {
        agencyId: row.agencyId,
      },
    );
    return toContactView(row);
  });
}
