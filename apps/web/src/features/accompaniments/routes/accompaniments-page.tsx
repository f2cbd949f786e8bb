import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { APPOINTMENT_TYPE_LABELS } from '@umbrella/domain';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { FlashNotice } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDayAndTime, todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { AccompanimentCard } from '../components/accompaniment-card.tsx';
import { RespondButtons, type Answer } from '../components/respond-buttons.tsx';
import { YourTime } from '../components/your-time.tsx';
import { formatWhen } from '../lib/format.ts';
import type { VolunteerCard } from '../lib/types.ts';
import '../accompaniments.css';

function answered(answer: Answer, card: VolunteerCard, today: string): string {
  const what = `${APPOINTMENT_TYPE_LABELS[card.type].toLowerCase()} on ${formatWhen(card.startsAtLocal, card.endsAtLocal, today)}`;
  return answer === 'accept'
    ? `Thank you: you have accepted the ${what}. Your caseworker can see your answer.`
    : `You have declined the ${what}. Your caseworker can see your answer and will ask someone else.`;
}

/**
 * `/` and `/accompaniments` for a volunteer: what to report, what is coming up, what is done, and the time
 * they have given. Only the appointments they were asked to accompany, and only what each needs.
 */
export function AccompanimentsPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.accompaniments.list.queryOptions());
  const today = todayInLondon();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The card answered may vanish (declined) or lose its buttons (accepted): say what happened, and put the
  // keyboard there rather than lose it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  let body: ReactNode;
  if (query.isPending) body = <Pending label="Loading your accompaniments…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="Your accompaniments could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const { toReport, upcoming, done } = query.data;
    body = (
      <>
        <CardList
          title="To report"
          count={toReport.length}
          empty="Nothing to report. After an accompaniment, its report waits here for you to write."
        >
          {toReport.map((card) => (
            <AccompanimentCard
              key={card.appointmentId}
              card={card}
              today={today}
              brief
              actions={() => (
                <>
                  <p className="accompaniment-card__due">
                    Report by {formatDayAndTime(card.reportWindowEnds, today)}
                  </p>
                  <Link
                    to="/accompaniments/$appointmentId"
                    params={{ appointmentId: card.appointmentId }}
                    hash="report"
                    className="button button--primary"
                  >
                    {card.report.status === 'draft' ? 'Carry on with the report' : 'Write the report'}
                  </Link>
                </>
              )}
            />
          ))}
        </CardList>
        <CardList
          title="Coming up"
          count={upcoming.length}
          empty="Nothing coming up. When a caseworker asks you to accompany someone, it appears here."
        >
          {upcoming.map((card) => (
            <AccompanimentCard
              key={card.appointmentId}
              card={card}
              today={today}
              actions={
                card.assignment === 'offered' && card.status === 'scheduled'
                  ? (headingId) => (
                      <RespondButtons
                        appointmentId={card.appointmentId}
                        describedBy={headingId}
                        onDone={(answer) => setNotice(answered(answer, card, today))}
                      />
                    )
                  : undefined
              }
            />
          ))}
        </CardList>
        <CardList
          title="Done"
          count={done.length}
          empty="Nothing here yet. Accompaniments you have reported stay here for a few days."
        >
          {done.map((card) => (
            <AccompanimentCard
              key={card.appointmentId}
              card={card}
              today={today}
              brief
              actions={() => (
                <p className="accompaniment-card__done">
                  {card.report.status === 'filed' && card.report.filedAt
                    ? `Report filed ${formatDayAndTime(card.report.filedAt, today)}`
                    : card.status === 'cancelled'
                      ? 'Cancelled'
                      : 'You did not answer before it ended'}
                </p>
              )}
            />
          ))}
        </CardList>
      </>
    );
  }

  return (
    <Page title="Your accompaniments">
      <FlashNotice />
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="accompaniments__notice">
          <Alert tone="success">{notice}</Alert>
        </div>
      ) : null}
      {body}
      <Section title="Your time">
        <YourTime />
      </Section>
    </Page>
  );
}

/** One list of accompaniments, named by its heading with how many are in it. */
function CardList({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="work-list__count">({count})</span>
      </h2>
      {count === 0 ? <p>{empty}</p> : <ol className="accompaniment-list">{children}</ol>}
    </section>
  );
}
