import { useQuery } from '@tanstack/react-query';
import { AssignmentBadge } from '../components/assignment-badge.tsx';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { answerRefusal, APPOINTMENT_TYPE_LABELS } from '@umbrella/domain';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { setFlash } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDayAndTime, todayInLondon } from '../../../lib/dates.ts';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { ClientCard } from '../components/client-card.tsx';
import { ReportForm } from '../components/report-form.tsx';
import { RespondButtons } from '../components/respond-buttons.tsx';
import { formatWhen, interpreterText } from '../lib/format.ts';
import type { VolunteerCardDetail } from '../lib/types.ts';
import '../accompaniments.css';

const route = getRouteApi('/app/accompaniments/$appointmentId');

// Never the client's name: titles end up in history, tabs and screen shares.
const TITLE = 'Accompaniment';

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/">Your accompaniments</Link>
    </p>
  );
}

/** `/accompaniments/<id>`: one accompaniment, as much as the volunteer needs for it, and its report. */
export function AccompanimentPage() {
  const { appointmentId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.accompaniments.get.queryOptions({ id: appointmentId }));

  if (query.isPending) {
    return (
      <Page title={TITLE}>
        <Pending label="Loading the accompaniment…" />
      </Page>
    );
  }
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_REQUEST') {
      return (
        <>
          <BackLink />
          <Page title={TITLE} heading="You cannot open this accompaniment">
            <p>
              You can open an accompaniment you were asked to help with, until a week after it, while you
              write its report. This one is not yours, you declined it, or its time for reporting has passed.
            </p>
            <p>If you think you should see it, ask your caseworker.</p>
          </Page>
        </>
      );
    }
    return (
      <Page title={TITLE}>
        <QueryError
          title="The accompaniment could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Page>
    );
  }
  return <Accompaniment card={query.data} />;
}

function Accompaniment({ card }: { card: VolunteerCardDetail }) {
  const navigate = useNavigate();
  const today = todayInLondon();
  const [accepted, setAccepted] = useState(false);
  const [justFiled, setJustFiled] = useState<number | null>(null);
  const acceptedRef = useRef<HTMLDivElement>(null);
  const filedRef = useRef<HTMLDivElement>(null);
  const cancelled = card.status === 'cancelled';
  const when = formatWhen(card.startsAtLocal, card.endsAtLocal, today);
  const what = APPOINTMENT_TYPE_LABELS[card.type];
  // The same rule the server applies (accept until it is over; withdraw after accepting until it starts).
  const facts = {
    assignment: card.assignment,
    cancelled,
    startsAt: new Date(card.startsAt),
    endsAt: new Date(card.endsAt),
  };
  const canAnswer = card.assignment === 'offered' && answerRefusal('accept', facts, new Date()) === null;
  const canWithdraw =
    card.assignment === 'accepted' &&
    !cancelled &&
    !accepted &&
    answerRefusal('decline', facts, new Date()) === null;
  const canReport = card.report.status !== 'filed' && card.reportRefusal === null;

  useEffect(() => {
    if (accepted) acceptedRef.current?.focus();
  }, [accepted]);
  useEffect(() => {
    if (justFiled !== null) filedRef.current?.focus();
  }, [justFiled]);
  // Sent here to write the report (`#report`): it loads after the navigation, so go to it once it is shown.
  useEffect(() => {
    if (window.location.hash === '#report') document.getElementById('report')?.focus();
  }, []);

  return (
    <div className="accompaniment">
      <BackLink />
      <Page title={TITLE} heading={what}>
        <p className="accompaniment__when">{when}</p>
        <AssignmentBadge card={card} />
        {cancelled ? (
          <Alert title="This appointment has been cancelled">
            {card.cancelledReason ? <p>Why: {card.cancelledReason}</p> : null}
            <p>There is no need to go.</p>
          </Alert>
        ) : null}

        {accepted ? (
          <div ref={acceptedRef} tabIndex={-1}>
            <Alert tone="success">Thank you: you have accepted. Your caseworker can see your answer.</Alert>
          </div>
        ) : null}
        {canAnswer ? (
          <div className="accompaniment__respond">
            <p>
              <strong>Can you go?</strong> Your caseworker has asked you to accompany this appointment.
            </p>
            <RespondButtons
              appointmentId={card.appointmentId}
              onDone={(answer) => {
                if (answer === 'accept') {
                  setAccepted(true);
                  return;
                }
                setFlash(
                  `You have declined the ${what.toLowerCase()} on ${when}. Your caseworker can see your answer and will ask someone else.`,
                );
                void navigate({ to: '/' });
              }}
            />
          </div>
        ) : null}
        {canWithdraw ? (
          <div className="accompaniment__respond">
            <RespondButtons
              appointmentId={card.appointmentId}
              accepted
              onDone={() => {
                setFlash(
                  `You have withdrawn from the ${what.toLowerCase()} on ${when}. Your caseworker can see your answer and will ask someone else.`,
                );
                void navigate({ to: '/' });
              }}
            />
          </div>
        ) : null}
        {canReport ? (
          <p>
            <a href="#report" className="button button--primary">
              {card.report.status === 'draft' ? 'Carry on with the report' : 'Write the report'}
            </a>
          </p>
        ) : null}

        <dl className="details details--compact accompaniment__facts">
          <div>
            <dt>Where</dt>
            <dd>{[card.place, card.area].filter(Boolean).join(', ')}</dd>
          </div>
          <div>
            <dt>Meet at</dt>
            <dd>{card.meetingPoint ?? 'Ask your caseworker where to meet'}</dd>
          </div>
          <div>
            <dt>Interpreter</dt>
            <dd>{interpreterText(card.interpreter)}</dd>
          </div>
          {card.assignment === 'accepted' && card.report.status !== 'filed' ? (
            <div>
              <dt>Report by</dt>
              <dd>{formatDayAndTime(card.reportWindowEnds, today)}</dd>
            </div>
          ) : null}
        </dl>

        {card.notesForVolunteer ? (
          <Section title="Notes for you">
            <p className="pre-line">{card.notesForVolunteer}</p>
          </Section>
        ) : null}

        <Section title="Who you are accompanying">
          <ClientCard client={card.client} />
        </Section>

        <Section title="Your caseworker">
          <p>
            If anything goes wrong, or plans change, call <strong>{card.caseworker.displayName}</strong>.
          </p>
          {card.caseworker.phone ? (
            <p>
              <a
                href={`tel:${card.caseworker.phone.replace(/[^\d+]/g, '')}`}
                className="button button--secondary call-link"
              >
                Call {card.caseworker.phone}
              </a>
            </p>
          ) : (
            <p className="muted">
              No phone number has been recorded for them. Call the office, and ask them to add it under
              Account.
            </p>
          )}
        </Section>

        <section className="section" id="report" aria-labelledby="report-title" tabIndex={-1}>
          <h2 id="report-title">Report</h2>
          {justFiled !== null ? (
            <div ref={filedRef} tabIndex={-1}>
              <Alert tone="success" title="Report filed">
                <p>
                  Thank you. Your caseworker has your report
                  {justFiled > 0
                    ? `, with ${justFiled === 1 ? 'a follow-up' : `${justFiled} follow-ups`} to decide on`
                    : ''}
                  .
                </p>
                <p>
                  <Link to="/">Back to your accompaniments</Link>
                </p>
              </Alert>
            </div>
          ) : card.report.status === 'filed' ? (
            <p>
              You filed this report
              {card.report.filedAt ? ` ${formatDayAndTime(card.report.filedAt, today)}` : ''}. Your caseworker
              has it.
            </p>
          ) : card.reportRefusal !== null ? (
            <p>{card.reportRefusal}</p>
          ) : (
            <ReportForm card={card} onFiled={(result) => setJustFiled(result.followUps)} />
          )}
        </section>
      </Page>
    </div>
  );
}
