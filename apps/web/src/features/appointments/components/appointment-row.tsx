import { Link } from '@tanstack/react-router';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { timeRange, typeLabel } from '../lib/format.ts';
import type { AppointmentView } from '../lib/types.ts';
import { AppointmentBadges, volunteersText } from './appointment-badges.tsx';

interface AppointmentRowProps {
  appointment: AppointmentView;
  /**
   * On the agenda the client's name leads to the appointment; on the client's own profile the kind of
   * appointment does, with its date.
   */
  context: 'agenda' | 'client';
}

/** One appointment in a list: when, whose, what, where, who goes with them, and what still needs doing. */
export function AppointmentRow({ appointment: a, context }: AppointmentRowProps) {
  const cancelled = a.status === 'cancelled';
  const link = (children: string) => (
    <Link to="/appointments/$appointmentId" params={{ appointmentId: a.id }}>
      {children}
    </Link>
  );
  const where = [a.area, a.place].filter(Boolean).join(' · ');
  return (
    <li
      className={[
        'appointment-row',
        cancelled ? 'appointment-row--cancelled' : '',
        a.unassigned ? 'appointment-row--unassigned' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <p className="appointment-row__when">
        {context === 'client' ? (
          <>
            <time dateTime={a.startsAtLocal.slice(0, 10)}>
              {formatCalendarDate(a.startsAtLocal.slice(0, 10))}
            </time>
            {', '}
          </>
        ) : null}
        <time dateTime={a.startsAt} className="appointment-row__time">
          {timeRange(a.startsAt, a.endsAt)}
        </time>{' '}
        <AppointmentBadges appointment={a} />
      </p>
      <p className="appointment-row__what">
        {context === 'agenda' ? (
          <>
            <strong>{link(a.clientDisplayName)}</strong>
            {' · '}
            {typeLabel(a.type)}
          </>
        ) : (
          <strong>{link(typeLabel(a.type))}</strong>
        )}
      </p>
      {where ? <p className="appointment-row__where">{where}</p> : null}
      <p className="appointment-row__volunteers muted">
        {a.volunteers.length > 0 ? 'Volunteers: ' : ''}
        {volunteersText(a)}
        {a.reportsFiled > 0
          ? ` · ${a.reportsFiled === 1 ? '1 report filed' : `${a.reportsFiled} reports filed`}`
          : ''}
      </p>
    </li>
  );
}
