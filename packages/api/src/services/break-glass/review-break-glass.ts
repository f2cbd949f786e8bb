import { appendAudit, breakGlassGrants } from '@umbrella/db';
import type { reviewBreakGlassInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';

const WHAT = 'break-glass access';

/**
 * A supervisor marks a grant reviewed, with an optional note, at the version they read; it then leaves the
 * dashboard. A running grant may be reviewed too (the access still ends at its time). Audited with ids only
 * (and whether a note was written, never the note).
 */
export async function reviewBreakGlass(
  ctx: StaffContext,
  input: z.infer<typeof reviewBreakGlassInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  const reviewerId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    const [grant] = await tx
      .select()
      .from(breakGlassGrants)
      .where(eq(breakGlassGrants.id, input.id))
      .limit(1)
      .for('update');
    if (!grant) throw notFound(WHAT);
    if (grant.reviewedAt) throw badRequest('id', 'This break-glass access has already been reviewed.');
    if (grant.version !== input.version) throw conflict(WHAT);
    if (grant.userId === reviewerId) {
      throw badRequest('id', 'Another supervisor must review break-glass access of your own.');
    }
    const [updated] = await tx
      .update(breakGlassGrants)
      .set({
        reviewedById: reviewerId,
        reviewedAt: now,
        reviewNote: input.note,
        version: sql`${breakGlassGrants.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(breakGlassGrants.id, input.id), eq(breakGlassGrants.version, input.version)))
      .returning({ id: breakGlassGrants.id, version: breakGlassGrants.version });
    if (!updated) throw await staleOrMissing(tx, breakGlassGrants, input.id, WHAT);
    await appendAudit(tx, {
      actorUserId: reviewerId,
      action: 'breakGlass.review',
      outcome: 'success',
      entityType: 'person',
      entityId: grant.personId,
      requestId: ctx.meta.requestId,
      details: { breakGlassId: grant.id, userId: grant.userId, noted: input.note !== null },
    });
    return updated;
  });
}
