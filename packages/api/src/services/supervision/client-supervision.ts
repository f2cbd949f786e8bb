import { supervisionReviews, users, type DbOrTx } from '@umbrella/db';
import { canReadReviewNotes, londonToday, stallFlags, type clientSupervisionInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import type { PersonRef } from '../clients/views.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { loadCaseFacts } from './case-facts.ts';
import { LATEST_REVIEW_FIRST, loadReviewViews } from './review-view.ts';
import { loadOwnReviewDraft } from './save-review-draft.ts';
import { loadStallThresholds } from './thresholds.ts';
import type { ClientSupervision } from './views.ts';

async function loadUserRef(tx: DbOrTx, userId: string | null): Promise<PersonRef | null> {
  if (!userId) return null;
  const [user] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user ?? null;
}

/**
 * The supervision panel of a client's profile: why the case is stalled today (the domain's flags), when it was
 * last reviewed and is next due, and, for those who may read them, the reviews with their notes and actions;
 * for a supervisor, their own draft of a review, if any. Reading it is audited like any read of the record.
 */
export async function getClientSupervision(
  ctx: StaffContext,
  input: z.infer<typeof clientSupervisionInput>,
): Promise<ClientSupervision> {
  const now = ctx.now();
  const today = londonToday(now);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'supervision.client');
    await auditClientRead(tx, ctx, person.id, 'supervision');
    const file = await loadCaseFile(tx, person.id);
    // An archived client's case is not open (the contract's meaning): it is never flagged.
    const open = file.status === 'open' && person.archivedAt === null;
    const facts = open
      ? (await loadCaseFacts(tx, ctx.cipher, [file.id], today, now)).get(file.id)
      : undefined;
    const flags = facts ? stallFlags(facts, today, await loadStallThresholds(tx)) : [];
    const [latest] = await tx
      .select({ reviewedOn: supervisionReviews.reviewedOn, nextReviewOn: supervisionReviews.nextReviewOn })
      .from(supervisionReviews)
      .where(eq(supervisionReviews.caseId, file.id))
      .orderBy(...LATEST_REVIEW_FIRST)
      .limit(1);
    const user = ctx.session.user;
    const canReadReviews = canReadReviewNotes(
      { id: user.id, role: user.role },
      { keyWorkerId: person.keyWorkerId, leadCaseworkerId: file.leadCaseworkerId },
    );
    const canReview = user.role === 'supervisor';
    return {
      today,
      caseId: file.id,
      caseStatus: file.status,
      keyWorker: await loadUserRef(tx, person.keyWorkerId),
      flags,
      lastReviewOn: latest?.reviewedOn ?? null,
      nextReviewOn: latest?.nextReviewOn ?? null,
      canReadReviews,
      canReview,
      reviews: canReadReviews ? await loadReviewViews(tx, eq(supervisionReviews.caseId, file.id), today) : [],
      // A draft is its author's alone: never another supervisor's, never a caseworker's.
      draft: canReview ? await loadOwnReviewDraft(tx, user.id, file.id) : null,
    };
  });
}
