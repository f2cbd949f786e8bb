import { deadlines, supervisionReviews, timelineEvents } from '@umbrella/db';
import {
  formatDay,
  latestNextReviewOn,
  londonToday,
  reviewActionExplanation,
  type recordReviewInput,
} from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { freeDateDeadline } from '../deadlines/create-deadline.ts';
import { loadReviewViews } from './review-view.ts';
import { deleteReviewDraft } from './save-review-draft.ts';
import type { ReviewView } from './views.ts';

/** Checks the dates against today before anything is written; each refusal names its field. */
function checkDates(input: z.infer<typeof recordReviewInput>, today: string): void {
  if (input.nextReviewOn !== null && input.nextReviewOn <= today) {
    throw badRequest('nextReviewOn', 'The next review must be after today.');
  }
  const latest = latestNextReviewOn(today);
  if (input.nextReviewOn !== null && input.nextReviewOn > latest) {
    throw badRequest('nextReviewOn', `The next review must be within two years, by ${formatDay(latest)}.`);
  }
  input.actions.forEach((action, index) => {
    if (action.due < today) {
      throw badRequest(`actions.${index}.due`, 'An agreed action cannot be due before today.');
    }
  });
}

/**
 * A supervisor's review of a client's case file: the notes, the next review date, and the agreed actions,
 * each a deadline on the case (so it reaches the key worker's My work). One transaction writes the review,
 * its actions, a timeline event (without the notes: they are for the review's readers only) and the audit row,
 * and removes the reviewer's draft of it.
 * A closed case can be reviewed (a closing review), but agrees no actions: reopen the case for those.
 */
export async function recordReview(
  ctx: StaffContext,
  input: z.infer<typeof recordReviewInput>,
): Promise<ReviewView> {
  const now = ctx.now();
  const today = londonToday(now);
  checkDates(input, today);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'supervision.record_review', {
      write: true,
    });
    const file = await loadCaseFile(tx, person.id);
    if (file.status === 'closed' && input.actions.length) {
      throw badRequest(
        'actions',
        'This case is closed: record the review without actions, or reopen the case to agree them.',
      );
    }
    const reviewerId = ctx.session.user.id;
    const [review] = await tx
      .insert(supervisionReviews)
      .values({
        caseId: file.id,
        personId: person.id,
        reviewerId,
        reviewedOn: today,
        notes: input.notes,
        nextReviewOn: input.nextReviewOn,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: supervisionReviews.id });
    if (!review) throw new Error('review insert returned nothing');
    const explanation = reviewActionExplanation(today);
    const actions = input.actions.length
      ? await tx
          .insert(deadlines)
          .values(
            input.actions.map((action) =>
              freeDateDeadline({
                personId: person.id,
                caseId: file.id,
                matterId: null,
                due: action.due,
                title: action.title,
                explanation,
                createdById: reviewerId,
                now,
                supervisionReviewId: review.id,
              }),
            ),
          )
          .returning({ id: deadlines.id })
      : [];
    await tx.insert(timelineEvents).values({
      personId: person.id,
      caseId: file.id,
      kind: 'supervision_review',
      occurredOn: today,
      recordedById: reviewerId,
      // Never the notes: the timeline is read by everyone who may open the record.
      note: null,
      details: { supervisionReviewId: review.id, actions: actions.length },
      createdAt: now,
      updatedAt: now,
    });
    await auditClientChange(tx, ctx, 'supervision.record_review', person.id, {
      caseId: file.id,
      supervisionReviewId: review.id,
      deadlineIds: actions.map((a) => a.id),
      nextReview: input.nextReviewOn !== null,
    });
    // The review is written: its draft is done with.
    await deleteReviewDraft(tx, reviewerId, file.id);
    const [view] = await loadReviewViews(tx, eq(supervisionReviews.id, review.id), today, 1);
    if (!view) throw new Error(`review ${review.id} vanished inside its own transaction`);
    return view;
  });
}
