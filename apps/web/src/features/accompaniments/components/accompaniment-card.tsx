import { Link } from '@tanstack/react-router';
import { AssignmentBadge } from './assignment-badge.tsx';
import { APPOINTMENT_TYPE_LABELS } from '@umbrella/domain';
import { useId, type ReactNode } from 'react';
import { formatWhen, interpreterText } from '../lib/format.ts';
import type { VolunteerCard } from '../lib/types.ts';

interface AccompanimentCardProps {
  card: VolunteerCard;
  /** `YYYY-MM-DD` in London: dates this year are written without the year. */
  today: string;
  /** Only when, what, who and where (for ones already done). */
  brief?: boolean;
  /** What to do about it: accept or decline, write the report. Given the heading's id. */
  actions?: (headingId: string) => ReactNode;
}

/** One accompaniment in the volunteer's list: when, what, where to meet, who. */
export function AccompanimentCard({ card, today, brief = false, actions }: AccompanimentCardProps) {
  const headingId = useId();
  const cancelled = card.status === 'cancelled';
  const place = [card.place, card.area].filter(Boolean).join(', ');
  return (
    <li
      className={[
        'accompaniment-card',
        cancelled ? 'accompaniment-card--cancelled' : '',
        !cancelled && card.assignment === 'offered' ? 'accompaniment-card--offered' : '',
      ].join(' ')}
    >
      <h3 className="accompaniment-card__heading" id={headingId}>
        <Link to="/accompaniments/$appointmentId" params={{ appointmentId: card.appointmentId }}>
          <span className="accompaniment-card__when">
            {formatWhen(card.startsAtLocal, card.endsAtLocal, today)}
          </span>{' '}
          <span className="accompaniment-card__what">{APPOINTMENT_TYPE_LABELS[card.type]}</span>
        </Link>
      </h3>
      <AssignmentBadge card={card} />
      {cancelled && card.cancelledReason ? (
        <p className="accompaniment-card__cancelled">Why: {card.cancelledReason}</p>
      ) : null}
      <dl className="details details--compact accompaniment-card__facts">
        <div>
          <dt>With</dt>
          <dd>
            {card.client.displayName}
            {card.client.pronouns ? ` (${card.client.pronouns})` : ''}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{place}</dd>
        </div>
        {brief ? null : (
          <>
            <div>
              <dt>Meet at</dt>
              <dd>{card.meetingPoint ?? 'Ask your caseworker'}</dd>
            </div>
            <div>
              <dt>Interpreter</dt>
              <dd>{interpreterText(card.interpreter)}</dd>
            </div>
          </>
        )}
      </dl>
      {actions ? <div className="accompaniment-card__actions">{actions(headingId)}</div> : null}
    </li>
  );
}
