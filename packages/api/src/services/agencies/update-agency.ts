import { agencies, type UserRow } from '@umbrella/db';
import type { AgencyCategory, updateAgencyInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { auditDirectoryChange, toAgencyView, type AgencyView } from './views.ts';

const FIELDS = ['name', 'category', 'address', 'phone', 'email', 'website', 'notes'] as const;

export const CATEGORY_CHANGE_REFUSAL =
  'Only a supervisor or an administrator can change an agency’s category: it decides what may be shared with the agency.';

/**
 * The disclosure firewall decides by an agency's category, so re-labelling one (Immigration Enforcement as a
 * support service, say) would open it. Caseworkers choose the category when they add an agency; changing it
 * afterwards is for a supervisor or an administrator.
 */
export function canChangeAgencyCategory(user: Pick<UserRow, 'role' | 'isAdmin'>): boolean {
  return user.role === 'supervisor' || user.isAdmin;
}

/** Thrown inside the transaction so it rolls back; the refusal is then audited on its own. */
class CategoryChangeRefused extends Error {
  constructor(
    readonly from: AgencyCategory,
    readonly to: AgencyCategory,
  ) {
    super('category change refused');
  }
}

/**
 * Edits an agency at the version read. A change of category is audited with the category before and after;
 * a caseworker's attempt at one is refused (naming `category`) and recorded as denied.
 */
export async function updateAgency(
  ctx: StaffContext,
  input: z.infer<typeof updateAgencyInput>,
): Promise<AgencyView> {
  const now = ctx.now();
  const { id, version, ...fields } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(agencies).where(eq(agencies.id, id)).limit(1);
      if (!before) throw notFound('agency');
      // A stale edit is a conflict first: its category may differ only because someone else changed it.
      if (before.version !== version) throw conflict('agency');
      if (before.category !== fields.category && !canChangeAgencyCategory(ctx.session.user)) {
        throw new CategoryChangeRefused(before.category, fields.category);
      }
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
  } catch (error) {
    if (!(error instanceof CategoryChangeRefused)) throw error;
    await ctx.db.transaction((tx) =>
      auditDirectoryChange(
        tx,
        ctx,
        'agencies.update',
        { type: 'agency', id },
        { reason: 'category_change_not_allowed', categoryFrom: error.from, categoryTo: error.to },
        'denied',
      ),
    );
    throw badRequest('category', CATEGORY_CHANGE_REFUSAL);
  }
}
