import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { setFlash } from '../../../components/flash.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { needVolunteerText } from '../lib/format.ts';
import type { AppointmentView } from '../lib/types.ts';
import { AppointmentForm } from './appointment-form.tsx';
import { AppointmentRow } from './appointment-row.tsx';
import '../appointments.css';

interface AppointmentsSectionProps {
  client: { id: string; interpreterNeeded: boolean; interpreterLanguage: string | null };
  matters: readonly MatterView[];
}

/**
 * A client's appointments on their profile: those to come (flagged when nobody goes with them yet), those
 * past a page at a time, and booking a new one, which then opens to ask a volunteer.
 */
export function AppointmentsSection({ client, matters }: AppointmentsSectionProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const query = useInfiniteQuery(
    trpc.appointments.listForClient.infiniteQueryOptions({ personId: client.id }, PAGED_QUERY_OPTIONS),
  );

  let body;
  if (query.isPending) body = <Pending label="Loading the appointments…" />;
  else if (query.data === undefined) {
    body = (
      <QueryError
        title="The appointments could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const upcoming = query.data.pages[0]?.upcoming ?? [];
    const past = query.data.pages.flatMap((p) => p.past);
    const unassigned = upcoming.filter((a) => a.unassigned).length;
    body = (
      <>
        <AppointmentList
          title="Coming up"
          summary={
            upcoming.length === 0
              ? 'Nothing booked.'
              : `${upcoming.length === 1 ? '1 appointment' : `${upcoming.length} appointments`}, soonest first.${unassigned > 0 ? ` ${needVolunteerText(unassigned)}.` : ''}`
          }
          appointments={upcoming}
        />
        <AppointmentList
          title="Past"
          summary={past.length === 0 ? 'None yet.' : 'Latest first.'}
          appointments={past}
        >
          <ShowMore query={query} label="Show earlier appointments" what="appointments" />
        </AppointmentList>
      </>
    );
  }

  return (
    <Section title="Appointments">
      <Reveal label="Add an appointment" className="add-appointment">
        {(done) => (
          <AppointmentForm
            client={client}
            matters={matters}
            onDone={(saved) => {
              done();
              setFlash(
                saved.accompanimentNeeded && Date.parse(saved.endsAt) > Date.now()
                  ? 'The appointment has been added. Ask a volunteer to go with the client below.'
                  : 'The appointment has been added.',
              );
              void navigate({ to: '/appointments/$appointmentId', params: { appointmentId: saved.id } });
            }}
            onCancel={done}
          />
        )}
      </Reveal>
      {body}
    </Section>
  );
}

function AppointmentList({
  title,
  summary,
  appointments,
  children,
}: {
  title: string;
  summary: string;
  appointments: AppointmentView[];
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <section className="appointment-list" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className={appointments.length === 0 ? undefined : 'muted'}>{summary}</p>
      {appointments.length > 0 ? (
        <ol className="appointment-rows">
          {appointments.map((a) => (
            <AppointmentRow key={a.id} appointment={a} context="client" />
          ))}
        </ol>
      ) : null}
      {children}
    </section>
  );
}
