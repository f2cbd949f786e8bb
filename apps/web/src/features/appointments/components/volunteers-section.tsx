import { useMutation, useQuery } from '@tanstack/react-query';
import { ASSIGNMENT_STATUS_LABELS, formatDate, MAX_VOLUNTEERS_PER_APPOINTMENT } from '@umbrella/domain';
import { useState } from 'react';
import { Badge, type BadgeTone } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { AppointmentView, VolunteerMatch } from '../lib/types.ts';
import { APPOINTMENT_CONFLICT_MESSAGE, useRefreshAppointments } from '../lib/use-appointment-cache.ts';

const STATUS_TONE: Record<AppointmentView['volunteers'][number]['status'], BadgeTone> = {
  offered: 'info',
  accepted: 'success',
  declined: 'neutral',
};

/** Who is asked to go with the client, their answers, and finding someone (language, usual days, clashes). */
export function VolunteersSection({ appointment: a }: { appointment: AppointmentView }) {
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const [notice, setNotice] = useState<string | null>(null);
  const assign = useMutation(
    trpc.appointments.assignVolunteers.mutationOptions({
      onSuccess: async () => {
        await refresh(a.personId);
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh(a.personId);
      },
    }),
  );
  const ids = a.volunteers.map((v) => v.id);
  const full = ids.length >= MAX_VOLUNTEERS_PER_APPOINTMENT;
  // Once it has ended, the list is what happened: nobody is asked or taken off any more.
  const open = a.status === 'scheduled' && Date.parse(a.endsAt) > Date.now();
  const canAsk = open && a.accompanimentNeeded;

  const setList = (volunteerIds: string[], message: string) => {
    setNotice(null);
    assign.mutate({ id: a.id, version: a.version, volunteerIds }, { onSuccess: () => setNotice(message) });
  };
  const ask = (v: { id: string; displayName: string }) =>
    setList([...ids, v.id], `${v.displayName} has been asked. They see it on their Accompaniments page.`);
  const remove = (v: { id: string; displayName: string }) =>
    setList(
      ids.filter((id) => id !== v.id),
      `${v.displayName} has been taken off this appointment.`,
    );
  // The one being asked or taken off is the one whose place on the list the change moves.
  const busyFor = (id: string) =>
    assign.isPending && assign.variables.volunteerIds.includes(id) !== ids.includes(id);

  return (
    <Section title="Volunteers">
      <div aria-live="polite" className="volunteers__notice">
        {notice ? <p className="success-text">{notice}</p> : null}
      </div>
      <FormError error={assign.error} messages={{ CONFLICT: APPOINTMENT_CONFLICT_MESSAGE }} />
      {a.volunteers.length === 0 ? (
        <p>
          {a.accompanimentNeeded
            ? 'Nobody has been asked yet.'
            : 'No volunteer is needed. Change the appointment if one should go with the client.'}
        </p>
      ) : (
        <ul className="volunteer-list">
          {a.volunteers.map((v) => (
            <li key={v.id} className="volunteer-list__item">
              <span className="volunteer-list__name">{v.displayName}</span>{' '}
              <Badge tone={STATUS_TONE[v.status]}>{ASSIGNMENT_STATUS_LABELS[v.status]}</Badge>
              {v.respondedAt ? <span className="muted"> on {formatDate(v.respondedAt)}</span> : null}
              {v.declineReason ? <p className="muted pre-line">Reason: {v.declineReason}</p> : null}
              {open ? (
                <Button
                  variant="secondary"
                  className="button--small volunteer-list__remove"
                  busy={busyFor(v.id)}
                  busyLabel="Removing…"
                  disabled={assign.isPending}
                  onClick={() => remove(v)}
                >
                  Remove<span className="visually-hidden"> {v.displayName}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAsk ? (
        <Reveal label="Find a volunteer" variant={a.unassigned ? 'primary' : 'secondary'}>
          {(close) => (
            <VolunteerFinder
              appointment={a}
              full={full}
              busy={assign.isPending}
              busyFor={busyFor}
              onAsk={ask}
              onRemove={remove}
              onClose={close}
            />
          )}
        </Reveal>
      ) : null}
    </Section>
  );
}

function VolunteerFinder({
  appointment,
  full,
  busy,
  busyFor,
  onAsk,
  onRemove,
  onClose,
}: {
  appointment: AppointmentView;
  full: boolean;
  busy: boolean;
  busyFor: (id: string) => boolean;
  onAsk: (v: VolunteerMatch) => void;
  onRemove: (v: VolunteerMatch) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState('');
  const [language, setLanguage] = useState<string | undefined>(undefined);
  const query = useQuery(
    trpc.appointments.findVolunteers.queryOptions({ appointmentId: appointment.id, language }),
  );
  return (
    <div className="volunteer-finder">
      <form
        role="search"
        aria-label="Volunteers by language"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          setLanguage(typed.trim() || undefined);
        }}
      >
        <TextField
          label="Language"
          hint={`Those who speak it come first. Left empty: ${appointment.interpreterLanguage ? `${appointment.interpreterLanguage}, the interpreter’s` : 'the client’s first language'}.`}
          value={typed}
          maxLength={60}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            Search
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </form>
      {full ? (
        <p className="muted">
          {MAX_VOLUNTEERS_PER_APPOINTMENT} volunteers are on this appointment, the most there can be: remove
          one to ask someone else.
        </p>
      ) : null}
      {query.isPending ? (
        <Pending label="Finding volunteers…" />
      ) : query.isError ? (
        <QueryError
          title="The volunteers could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <p role="status">There are no active volunteers.</p>
      ) : (
        <>
          <p role="status" className="result-count" aria-busy={query.isFetching}>
            {query.data.length === 1 ? '1 volunteer' : `${query.data.length} volunteers`}, best match first.
            {language && !query.data.some((v) => v.speaksLanguage) ? ` None of them speaks ${language}.` : ''}
          </p>
          <ol className="volunteer-matches">
            {query.data.map((v) => (
              <li key={v.id} className="volunteer-match">
                <p className="volunteer-match__name">
                  <strong>{v.displayName}</strong>{' '}
                  {v.assignment ? (
                    <Badge tone={STATUS_TONE[v.assignment]}>{ASSIGNMENT_STATUS_LABELS[v.assignment]}</Badge>
                  ) : null}
                </p>
                <ul className="volunteer-match__facts">
                  <li>
                    {v.speaksLanguage ? <Badge tone="success">Speaks the language</Badge> : null}{' '}
                    {v.languages.length > 0
                      ? `Languages: ${v.languages.join(', ')}`
                      : 'No languages recorded'}
                  </li>
                  <li>
                    {v.usuallyFree
                      ? 'Usually free at this day and time'
                      : 'Not usually free at this day and time'}
                  </li>
                  <li>
                    {v.clashes === 0 ? (
                      'No other appointment at this time'
                    ) : (
                      <Badge tone="warning">
                        {v.clashes === 1
                          ? '1 other appointment at this time'
                          : `${v.clashes} other appointments at this time`}
                      </Badge>
                    )}
                  </li>
                  {v.availabilityNote ? <li className="muted pre-line">{v.availabilityNote}</li> : null}
                </ul>
                {v.assignment ? (
                  <Button
                    variant="secondary"
                    className="button--small"
                    busy={busyFor(v.id)}
                    busyLabel="Removing…"
                    disabled={busy}
                    onClick={() => onRemove(v)}
                  >
                    Remove<span className="visually-hidden"> {v.displayName}</span>
                  </Button>
                ) : (
                  <Button
                    className="button--small"
                    busy={busyFor(v.id)}
                    busyLabel="Asking…"
                    disabled={busy || full}
                    onClick={() => onAsk(v)}
                  >
                    Ask<span className="visually-hidden"> {v.displayName}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
