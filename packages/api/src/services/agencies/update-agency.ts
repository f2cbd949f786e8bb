import { agencies } from '@umbrella/db';
import type { updateAgencyInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { auditDirectoryChange, toAgencyView, type AgencyView } from './views.ts';

const FIELDS = ['name', 'category', 'address', 'phone', 'email', 'website', 'notes'] as const;

export async function updateAgency(
  ctx: StaffContext,
  input: z.infer<typeof updateAgencyInput>,
): Promise<AgencyView> {
  const now = ctx.now();
  const { id, version, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, id)).limit(1);
    if (!before) throw notFound('agency');
    const [row] = await tx
      .update(agencies)
      .set({ ...fields, version: sql`${agencies.version} + 1`, updatedAt: now })
      .where(and(eq(agencies.id, id), eq(agencies.version, version)))
      .returning();
    if (!row) throw await staleOrMissing(tx, agencies, id, 'agency');
    await auditDirectoryChange(
      tx,
      ctx,
      'agencies.update',
      { type: 'agency', id },
      {
        changed: FIELDS.filter((f) => before[f] !== row[f]),
        ...(before.category !== row.category
          ? { categoryFrom: before.category, categoryTo: row.category }
          : {}),
      },
    );
    return toAgencyView(row);
  });
}
