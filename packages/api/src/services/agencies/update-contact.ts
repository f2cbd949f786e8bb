import { contacts } from '@umbrella/db';
import type { updateContactInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { auditDirectoryChange, toContactView, type ContactView } from './views.ts';

const FIELDS = ['name', 'role', 'email', 'phone', 'notes'] as const;

export async function updateContact(
  ctx: StaffContext,
  input: z.infer<typeof updateContactInput>,
): Promise<ContactView> {
  const now = ctx.now();
  const { id, version, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(contacts).where(eq(contacts.id, id)).limit(1);
    if (!before) throw notFound('contact');
    const [row] = await tx
      .update(contacts)
      .set({ ...fields, version: sql`${contacts.version} + 1`, updatedAt: now })
      .where(and(eq(contacts.id, id), eq(contacts.version, version)))
      .returning();
    if (!row) throw await staleOrMissing(tx, contacts, id, 'contact');
    await auditDirectoryChange(
      tx,
      ctx,
      'agencies.update_contact',
      { type: 'contact', id },
      {
        agencyId: row.agencyId,
        changed: FIELDS.filter((f) => before[f] !== row[f]),
      },
    );
    return toContactView(row);
  });
}
