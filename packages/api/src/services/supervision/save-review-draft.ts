import { supervisionReviewDrafts, type DbOrTx } from '@umbrella/db';
import {
  isBlankReviewDraft,
  reviewDraftSchema,
  type ReviewDraft,
  type saveReviewDraftInput,
} from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';

const ofAuthorAndCase = (authorId: string, caseId: string) =>
  and(eq(supervisionReviewDrafts.authorId, authorId), eq(supervisionReviewDrafts.caseId, caseId));

/**
 * Autosaves the supervisor's half-written review of a client's case as typed, so it survives a reload or
 * another browser (never the browser's storage). One draft per supervisor and case, read back by its author
 * only. A draft with nothing written in it is not kept: saving one removes the draft ("Discard draft").
 * Starting a draft is audited (ids only), not each autosave, like the volunteer's report.
 */
export async function saveReviewDraft(
  ctx: StaffContext,
  input: z.infer<typeof saveReviewDraftInput>,
): Promise<{ savedAt: string }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'supervision.save_review_draft', {
      write: true,
    });
    const file = await loadCaseFile(tx, person.id);
    const authorId = ctx.session.user.id;
    if (isBlankReviewDraft(input.draft)) {
      await deleteReviewDraft(tx, authorId, file.id);
      return { savedAt: now.toISOString() };
    }
    const draft = input.draft as Record<string, unknown>;
    const [row] = await tx
      .insert(supervisionReviewDrafts)
      .values({ caseId: file.id, personId: person.id, authorId, draft, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [supervisionReviewDrafts.authorId, supervisionReviewDrafts.caseId],
        set: { draft, version: sql`${supervisionReviewDrafts.version} + 1`, updatedAt: now },
      })
      .returning({ id: supervisionReviewDrafts.id, version: supervisionReviewDrafts.version });
    if (!row) throw new Error('review draft upsert returned nothing');
    if (row.version === 1) {
      await auditClientChange(tx, ctx, 'supervision.review_draft_saved', person.id, {
        caseId: file.id,
        draftId: row.id,
      });
    }
    return { savedAt: now.toISOString() };
  });
}

/** The author's draft of a review of this case, if any: for their eyes only. */
export async function loadOwnReviewDraft(
  tx: DbOrTx,
  authorId: string,
  caseId: string,
): Promise<{ values: ReviewDraft; savedAt: string } | null> {
  const [row] = await tx
    .select({ draft: supervisionReviewDrafts.draft, updatedAt: supervisionReviewDrafts.updatedAt })
    .from(supervisionReviewDrafts)
    .where(ofAuthorAndCase(authorId, caseId))
    .limit(1);
  if (!row) return null;
  // Stored through the same schema; one that no longer fits it is not offered rather than breaking the panel.
  const values = reviewDraftSchema.safeParse(row.draft);
  return values.success ? { values: values.data, savedAt: row.updatedAt.toISOString() } : null;
}

/** Removes the author's draft of a review of this case (recorded, or discarded). */
export async function deleteReviewDraft(tx: DbOrTx, authorId: string, caseId: string): Promise<void> {
  await tx.delete(supervisionReviewDrafts).where(ofAuthorAndCase(authorId, caseId));
}
