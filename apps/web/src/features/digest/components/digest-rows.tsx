import { Link } from '@tanstack/react-router';
import { londonDateOf, londonTimeOf } from '@umbrella/domain';
import { dayNumber, formatCalendarDate } from '../../../lib/dates.ts';
import { CommunicationSummary } from '../../communications/components/communication-summary.tsx';
import type { CommunicationView } from '../../communications/lib/types.ts';
import { daysLeftText, formatDueDate } from '../../deadlines/lib/format.ts';
import { dayHeading } from '../../appointments/lib/format.ts';
import { ClientLine } from '../../my-work/components/client-line.tsx';
import type { DigestAppointment, DigestReviewDue } from '../lib/types.ts';

function ClientName({ personId, name }: { personId: string; name: string }) {
  return (
    <p className="work-row__client">
      <Link to="/clients/$clientId" params={{ clientId: personId }}>
        {name}
      </Link>
    </p>
  );
}

/** A reply awaited: whose, with whom, what, and when it is (or was) due. Opens on the client's page. */
export function ReplyDueRow({ communication, today }: { communication: CommunicationView; today: string }) {
  const due = communication.replyDue;
  const left = due ? dayNumber(due) - dayNumber(today) : 0;
  return (
    <li className={left < 0 ? 'work-row work-row--overdue' : 'work-row'}>
      <ClientLine row={communication} communicationId={communication.id} />
      <CommunicationSummary communication={communication} />
      {due ? (
        <p className="work-row__due">
          Reply due <time dateTime={due}>{formatDueDate(due)}</time>
          {' · '}
          <span className={left < 0 ? 'deadline__left deadline__left--overdue' : 'deadline__left'}>
            {daysLeftText(left)}
          </span>
        </p>
      ) : null}
    </li>
  );
}

/** An appointment on one of their clients: when (London time), whose, and what; opens the appointment. */
export function DigestAppointmentRow({ appointment: a }: { appointment: DigestAppointment }) {
  return (
    <li className="work-row">
      <ClientName personId={a.personId} name={a.clientDisplayName} />
      <p className="work-row__title">
        <Link to="/appointments/$appointmentId" params={{ appointmentId: a.id }}>
          {a.typeLabel}
        </Link>
      </p>
      <p className="work-row__due">
        <time dateTime={a.startsAt}>
          {dayHeading(londonDateOf(a.startsAt))}, {londonTimeOf(a.startsAt)}
        </time>
      </p>
    </li>
  );
}

/** A case due its supervision review: whose, and by when. */
export function ReviewDueRow({ review, today }: { review: DigestReviewDue; today: string }) {
  const overdue = review.dueOn < today;
  return (
    <li className={overdue ? 'work-row work-row--overdue' : 'work-row'}>
      <ClientName personId={review.personId} name={review.displayName} />
      <p className="work-row__due">
        Supervision review due by <time dateTime={review.dueOn}>{formatCalendarDate(review.dueOn)}</time>
        {overdue ? <span className="deadline__left--overdue"> (overdue)</span> : null}
      </p>
    </li>
  );
}
