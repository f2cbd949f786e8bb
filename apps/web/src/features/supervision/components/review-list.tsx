import { useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { DueDate } from '../../deadlines/components/deadline-facts.tsx';
import { STATUS_LABELS } from '../../deadlines/lib/format.ts';
import type { ReviewView } from '../lib/review-types.ts';

/** Reviews shown before "Show all". */
const LATEST = 3;

/** A case's supervision reviews, latest first: who reviewed it when, the notes, the agreed actions and the next review. */
export function ReviewList({ reviews }: { reviews: readonly ReviewView[] }) {
  const [all, setAll] = useState(false);
  if (reviews.length === 0) return <p className="muted">No supervision reviews recorded yet.</p>;
  const shown = all ? reviews : reviews.slice(0, LATEST);
  return (
    <>
      <ol className="review-list" aria-label="Supervision reviews, latest first">
        {shown.map((review) => (
          <li key={review.id} className="review">
            <h4 className="review__heading">
              Review of <time dateTime={review.reviewedOn}>{formatCalendarDate(review.reviewedOn)}</time>
              <span className="review__by"> by {review.reviewer.displayName}</span>
            </h4>
            <p className="pre-line review__notes">{review.notes}</p>
            {review.actions.length > 0 ? (
              <>
                <p className="review__label">Agreed actions</p>
                <ul className="review__actions">
                  {review.actions.map((action) => (
                    <li key={action.id}>
                      <span className="review__action-title">{action.title}</span>
                      <span className="review__action-due">
                        {' · due '}
                        <DueDate deadline={action} />
                      </span>{' '}
                      {action.status === 'open' ? null : (
                        <Badge
                          tone={
                            action.status === 'met'
                              ? 'success'
                              : action.status === 'missed'
                                ? 'danger'
                                : 'neutral'
                          }
                        >
                          {STATUS_LABELS[action.status]}
                        </Badge>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">No actions agreed.</p>
            )}
            <p className="review__next">
              {review.nextReviewOn ? (
                <>
                  Next review by{' '}
                  <time dateTime={review.nextReviewOn}>{formatCalendarDate(review.nextReviewOn)}</time>
                </>
              ) : (
                'No date set for the next review.'
              )}
            </p>
          </li>
        ))}
      </ol>
      {reviews.length > LATEST ? (
        <Button variant="link" onClick={() => setAll((v) => !v)}>
          {all ? 'Show only the latest reviews' : `Show all ${reviews.length} reviews`}
        </Button>
      ) : null}
    </>
  );
}
