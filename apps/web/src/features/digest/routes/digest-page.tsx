import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { DeadlineRow } from '../../my-work/components/deadline-row.tsx';
import { DigestList } from '../components/digest-list.tsx';
import { DigestAppointmentRow, ReplyDueRow, ReviewDueRow } from '../components/digest-rows.tsx';
import { digestSummary, stalledText } from '../lib/digest-summary.ts';
import type { Digest } from '../lib/types.ts';
import { digestSearchFor, digestWeekStart, weekTense } from '../lib/week-search.ts';
import '../digest.css';

const route = getRouteApi('/app/digest/');

/** `/digest`: "This week", the week's due items of the caller's own clients; `?weekOf=` for another week. */
export function DigestPage() {
  const search = route.useSearch();
  const today = todayInLondon();
  const weekStart = digestWeekStart(search, today);
  const trpc = useTRPC();
  const query = useQuery(trpc.digest.get.queryOptions({ weekOf: search.weekOf ?? null }));
  const tense = weekTense(weekStart, today);

  let body;
  if (query.isPending) body = <Pending label="Loading the week…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The week could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = <DigestBody digest={query.data} tense={weekTense(query.data.weekStart, query.data.today)} />;
  }

  return (
    <Page
      title={tense === 'this' ? 'This week' : `Week of ${formatCalendarDate(weekStart)}`}
      heading={`Week of ${formatCalendarDate(weekStart)}`}
    >
      <nav className="digest__nav" aria-label="Weeks">
        <Link
          className="button button--secondary"
          to="/digest"
          search={digestSearchFor(weekStart, -1, today)}
        >
          Previous week
        </Link>
        <Link
          className="button button--secondary"
          to="/digest"
          search={{}}
          aria-current={tense === 'this' ? 'page' : undefined}
        >
          This week
        </Link>
        <Link className="button button--secondary" to="/digest" search={digestSearchFor(weekStart, 1, today)}>
          Next week
        </Link>
      </nav>
      {body}
    </Page>
  );
}

function DigestBody({ digest, tense }: { digest: Digest; tense: 'this' | 'past' | 'future' }) {
  const { user } = useSession();
  const { counts, today } = digest;
  const week = tense === 'this' ? 'this week' : 'that week';
  const overdue = digest.deadlines.filter((d) => d.overdue);
  const due = digest.deadlines.filter((d) => !d.overdue);
  return (
    <>
      <p className="digest__range muted">
        Monday {formatCalendarDate(digest.weekStart)} to Sunday {formatCalendarDate(digest.weekEnd)}. The
        clients you are key worker or lead caseworker for; today is {formatCalendarDate(today)}.
      </p>
      <p className="digest__summary">{digestSummary(counts)}</p>

      {counts.stalledCases !== null && user.role === 'supervisor' ? (
        <Section title="Stalled cases">
          <p>
            {stalledText(counts.stalledCases)}{' '}
            {counts.stalledCases > 0 ? (
              <Link to="/supervision">See them on the supervision dashboard</Link>
            ) : null}
          </p>
        </Section>
      ) : null}

      <DigestList
        title="Overdue"
        empty="No deadline is overdue."
        count={counts.overdue}
        shown={overdue.length}
        tone="overdue"
      >
        {overdue.map((deadline) => (
          <DeadlineRow key={deadline.id} deadline={deadline} />
        ))}
      </DigestList>
      <DigestList
        title={`Deadlines due ${week}`}
        empty={
          tense === 'past'
            ? 'Deadlines of that week still open are listed above, as overdue.'
            : `No deadline is due ${week}.`
        }
        count={counts.deadlinesDue}
        shown={due.length}
      >
        {due.map((deadline) => (
          <DeadlineRow key={deadline.id} deadline={deadline} />
        ))}
      </DigestList>
      <DigestList
        title="Replies due"
        intro={`Sent, expecting a reply due ${week} or earlier. Open one to draft a chaser or record the reply.`}
        empty={`No reply is due ${week}.`}
        count={counts.repliesDue}
        shown={digest.replies.length}
      >
        {digest.replies.map((communication) => (
          <ReplyDueRow key={communication.id} communication={communication} today={today} />
        ))}
      </DigestList>
      <DigestList
        title={`Appointments ${week}`}
        empty={`No appointments ${week}.`}
        count={counts.appointments}
        shown={digest.appointments.length}
      >
        {digest.appointments.map((appointment) => (
          <DigestAppointmentRow key={appointment.id} appointment={appointment} />
        ))}
      </DigestList>
      <DigestList
        title="Supervision reviews due"
        intro={`Cases due their review by ${formatCalendarDate(digest.weekEnd)}.`}
        empty={`No supervision review is due ${week}.`}
        count={counts.reviewsDue}
        shown={digest.reviewsDue.length}
      >
        {digest.reviewsDue.map((review) => (
          <ReviewDueRow key={review.caseId} review={review} today={today} />
        ))}
      </DigestList>
    </>
  );
}
