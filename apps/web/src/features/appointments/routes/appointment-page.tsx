import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { FlashNotice } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { RecordLoadError } from '../../../components/record-load-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { AppointmentBadges } from '../components/appointment-badges.tsx';
import { AppointmentForm } from '../components/appointment-form.tsx';
import { CancelAppointmentForm } from '../components/cancel-appointment-form.tsx';
import { FollowUpList } from '../components/follow-up-list.tsx';
import { ReportCard } from '../components/report-card.tsx';
import { VolunteersSection } from '../components/volunteers-section.tsx';
import { dayHeading, linkedDateText, timeRange, typeLabel } from '../lib/format.ts';
import type { AppointmentDetail, AppointmentView } from '../lib/types.ts';
import '../appointments.css';

const route = getRouteApi('/app/appointments/$appointmentId');

/** `/appointments/<id>`: one appointment, who goes with the client, and what the volunteers reported. */
export function AppointmentPage() {
  const { appointmentId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.appointments.get.queryOptions({ id: appointmentId }));
  if (query.isPending) {
    return (
      <Page title="Appointment">
        <Pending />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <RecordLoadError
        what="appointment"
        title="Appointment"
        error={query.error}
        retry={() => void query.refetch()}
        back={<Link to="/appointments">Back to appointments</Link>}
      />
    );
  }
  return <AppointmentRecord detail={query.data} />;
}

function AppointmentRecord({ detail }: { detail: AppointmentDetail }) {
  const { appointment: a, reports, followUps } = detail;
  const [notice, setNotice] = useState<string | null>(null);
  const scheduled = a.status === 'scheduled';
  const ended = Date.parse(a.endsAt) <= Date.now();
  return (
    <>
      <p className="back-link">
        <Link to="/appointments">Back to appointments</Link>
      </p>
      {/* The title names the page, never the person. */}
      <Page title="Appointment" heading={typeLabel(a.type)}>
        <p className="appointment__client">
          For{' '}
          <Link to="/clients/$clientId" params={{ clientId: a.personId }}>
            {a.clientDisplayName}
          </Link>{' '}
          <AppointmentBadges appointment={a} />
          {scheduled && ended ? <Badge tone="neutral">Past</Badge> : null}
        </p>
        <FlashNotice />
        <div aria-live="polite">{notice ? <p className="success-text">{notice}</p> : null}</div>
        {a.status === 'cancelled' ? (
          <Alert tone="info" title="This appointment is cancelled">
            {a.cancelledReason ? <p className="pre-line">Reason: {a.cancelledReason}</p> : null}
          </Alert>
        ) : null}

        <AppointmentFacts appointment={a} />

        {scheduled ? (
          <div className="appointment__actions">
            <Reveal label="Change the appointment">
              {(done) => (
                <EditAppointment
                  appointment={a}
                  onDone={() => {
                    setNotice('The appointment has been changed.');
                    done();
                  }}
                  onCancel={done}
                />
              )}
            </Reveal>
            {ended ? null : (
              <Reveal label="Cancel the appointment…">
                {(done) => (
                  <CancelAppointmentForm
                    appointment={a}
                    onDone={(message) => {
                      setNotice(message);
                      done();
                    }}
                    onCancel={done}
                  />
                )}
              </Reveal>
            )}
          </div>
        ) : null}

        <VolunteersSection appointment={a} />

        <Section title="Reports">
          {reports.length === 0 ? (
            <p>
              {ended || !scheduled
                ? 'No report filed.'
                : 'None yet: a volunteer who goes files a report after the appointment.'}
            </p>
          ) : (
            <div className="report-cards">
              {reports.map((r) => (
                <ReportCard key={r.id} report={r} />
              ))}
            </div>
          )}
        </Section>

        {followUps.length > 0 ? (
          <Section title="Follow-ups">
            <FollowUpList followUps={followUps} />
          </Section>
        ) : null}
      </Page>
    </>
  );
}

function interpreterText(a: AppointmentView): string {
  if (!a.interpreterNeeded) return 'Not needed';
  const language = a.interpreterLanguage ? ` (${a.interpreterLanguage})` : '';
  return `Needed${language}, ${a.interpreterBooked ? 'booked' : 'not booked yet'}`;
}

function AppointmentFacts({ appointment: a }: { appointment: AppointmentView }) {
  const linked = linkedDateText(a.linkedMatterDate);
  return (
    <dl className="details appointment__facts">
      <div>
        <dt>When</dt>
        <dd className={a.status === 'cancelled' ? 'appointment__cancelled-time' : undefined}>
          {dayHeading(a.startsAtLocal.slice(0, 10))}, {timeRange(a.startsAt, a.endsAt)}
        </dd>
      </div>
      <div>
        <dt>Place</dt>
        <dd className="pre-line">{a.place}</dd>
      </div>
      <div>
        <dt>Area</dt>
        <dd>{a.area ?? 'Not given'}</dd>
      </div>
      <div>
        <dt>Meeting point</dt>
        <dd className="pre-line">{a.meetingPoint ?? 'Not given'}</dd>
      </div>
      <div>
        <dt>Interpreter</dt>
        <dd>{interpreterText(a)}</dd>
      </div>
      <div>
        <dt>Volunteer</dt>
        <dd>{a.accompanimentNeeded ? 'A volunteer should go with the client' : 'Not needed'}</dd>
      </div>
      <div>
        <dt>Matter</dt>
        <dd>
          {a.matterKind ? MATTER_KIND_LABELS[a.matterKind] : 'Not about one matter'}
          {linked ? <span className="appointment__linked"> {linked}</span> : null}
        </dd>
      </div>
      <div>
        <dt>Notes for the volunteer</dt>
        <dd className="pre-line">{a.notesForVolunteer ?? 'None'}</dd>
      </div>
      <div>
        <dt>Booked by</dt>
        <dd>{a.createdBy.displayName}</dd>
      </div>
    </dl>
  );
}

/** The same form as booking, filled in; the client's matters load for its matter list. */
function EditAppointment({
  appointment,
  onDone,
  onCancel,
}: {
  appointment: AppointmentView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const client = useQuery(trpc.clients.get.queryOptions({ id: appointment.personId }));
  if (client.isPending) return <Pending label="Loading the client’s matters…" />;
  if (client.isError) {
    return (
      <QueryError
        title="The client’s matters could not be loaded"
        error={client.error}
        onRetry={() => void client.refetch()}
      />
    );
  }
  return (
    <AppointmentForm
      appointment={appointment}
      matters={client.data.matters}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
