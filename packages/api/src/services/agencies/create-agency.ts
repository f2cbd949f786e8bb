import { agencies } from '@umbrella/db';
import type { createAgencyInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { auditDirectoryChange, toAgencyView, type AgencyView } from './views.ts';

export async function createAgency(
  ctx: StaffContext,
  input: z.infer<typeof createAgencyInput>,
): Promise<AgencyView> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agencies)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('agency insert returned nothing');
    await auditDirectoryChange(
      tx,
      ctx,
      'agencies.create',
      { type: 'agency', id: row.id },
      {
        category: row.category,
      },
    );
    return toAgencyView(row);
  });
}
