import { dayHeading } from '../lib/format.ts';
import type { Agenda } from '../lib/types.ts';
import { AppointmentRow } from './appointment-row.tsx';

/** The agenda day by day, empty days included, so a free day reads as free and not as missing. */
export function AgendaDays({
  agenda,
  today,
  headings,
}: {
  agenda: Agenda;
  today: string;
  /** A heading for each day (a week); a single day is already named by the section. */
  headings: boolean;
}) {
  return (
    <ol className="agenda-days">
      {agenda.days.map((day) => (
        <AgendaDay key={day.date} day={day} today={day.date === today} heading={headings} />
      ))}
    </ol>
  );
}

function AgendaDay({
  day,
  today,
  heading,
}: {
  day: Agenda['days'][number];
  today: boolean;
  heading: boolean;
}) {
  return (
    <li className={['agenda-day', today ? 'agenda-day--today' : ''].filter(Boolean).join(' ')}>
      {heading ? (
        <h3 className="agenda-day__heading">
          <time dateTime={day.date}>{dayHeading(day.date)}</time>
          {today ? <span className="agenda-day__today"> (today)</span> : null}
        </h3>
      ) : null}
      {day.appointments.length === 0 ? (
        <p className="muted agenda-day__empty">Nothing booked</p>
      ) : (
        <ol className="appointment-rows">
          {day.appointments.map((a) => (
            <AppointmentRow key={a.id} appointment={a} context="agenda" />
          ))}
        </ol>
      )}
    </li>
  );
}
