import { deadlines, supervisionReviews, users, type DbOrTx } from '@umbrella/db';
import { desc, eq, inArray, type SQL } from 'drizzle-orm';
import { loadDeadlineViews, type DeadlineView } from '../deadlines/deadline-view.ts';
import type { ReviewView } from './views.ts';

/** A case's review history is shown this many at a time, latest first. */
export const REVIEWS_SHOWN_MAX = 50;

/** Latest first: by the day of the review, then the moment it was recorded. */
export const LATEST_REVIEW_FIRST = [
  desc(supervisionReviews.reviewedOn),
  desc(supervisionReviews.createdAt),
  desc(supervisionReviews.id),
] as const;

/**
 * The reviews matching `where`, latest first, each with its reviewer and its agreed actions (the deadlines
 * pointing back at it): three queries. Callers check `canReadReviewNotes` first: the notes are in the result.
 */
export async function loadReviewViews(
  tx: DbOrTx,
  where: SQL | undefined,
  today: string,
  limit = REVIEWS_SHOWN_MAX,
): Promise<ReviewView[]> {
  const rows = await tx
    .select({
      review: supervisionReviews,
      reviewer: { id: users.id, displayName: users.displayName },
    })
    .from(supervisionReviews)
    .innerJoin(users, eq(users.id, supervisionReviews.reviewerId))
    .where(where)
    .orderBy(...LATEST_REVIEW_FIRST)
    .limit(limit);
  if (!rows.length) return [];
  const reviewIds = rows.map((r) => r.review.id);
  const actions = await loadDeadlineViews(tx, inArray(deadlines.supervisionReviewId, reviewIds), today);
  // The view does not carry the review it came from: one small query maps each action to its review.
  const links = actions.length
    ? await tx
        .select({ id: deadlines.id, reviewId: deadlines.supervisionReviewId })
        .from(deadlines)
        .where(inArray(deadlines.supervisionReviewId, reviewIds))
    : [];
  const reviewOf = new Map(links.map((l) => [l.id, l.reviewId]));
  const byReview = new Map<string, DeadlineView[]>();
  for (const action of actions) {
    const reviewId = reviewOf.get(action.id);
    if (!reviewId) continue;
    byReview.set(reviewId, [...(byReview.get(reviewId) ?? []), action]);
  }
  return rows.map(({ review, reviewer }) => ({
    id: review.id,
    reviewedOn: review.reviewedOn,
    reviewer,
    notes: review.notes,
    nextReviewOn: review.nextReviewOn,
    actions: byReview.get(review.id) ?? [],
    createdAt: review.createdAt.toISOString(),
  }));
}
