import { Badge } from '../../../components/badge.tsx';
import { daysLeftText, formatDueDate } from '../lib/format.ts';
import type { DeadlineView } from '../lib/types.ts';

/** The due date and how long is left ("3 days overdue" in words and in red). */
export function DueDate({ deadline }: { deadline: DeadlineView }) {
  return (
    <>
      <time dateTime={deadline.due}>{formatDueDate(deadline.due)}</time>
      {deadline.status === 'open' ? (
        <>
          {' · '}
          <span className={deadline.overdue ? 'deadline__left deadline__left--overdue' : 'deadline__left'}>
            {daysLeftText(deadline.daysLeft)}
          </span>
        </>
      ) : null}
    </>
  );
}

/** How sure the date is: "Statutory", "Policy target (not a legal limit)"; uncertain ones are marked. */
export function Certainty({ deadline }: { deadline: DeadlineView }) {
  return (
    <>
      {deadline.uncertain ? <Badge tone="warning">Uncertain</Badge> : null}{' '}
      <span className="muted">{deadline.certaintyLabel}</span>
    </>
  );
}
