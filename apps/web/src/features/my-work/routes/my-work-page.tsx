import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { SelectField } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDueDate } from '../../deadlines/lib/format.ts';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { FollowUpRow, ReplyOverdueRow } from '../components/communication-row.tsx';
import { DeadlineRow } from '../components/deadline-row.tsx';
import { ReportRow } from '../components/report-row.tsx';
import { FollowUpItem } from '../../appointments/components/follow-up-item.tsx';

const route = getRouteApi('/app/my-work/');

/** `/my-work`, and `?userId=` for a supervisor looking at a caseworker's work. */
export function MyWorkPage() {
  const { userId } = route.useSearch();
  return <MyWork userId={userId} />;
}

/** The home page of caseworkers and supervisors: their own work. */
export function MyWorkHome() {
  return <MyWork userId={undefined} />;
}

function MyWork({ userId }: { userId: string | undefined }) {
  const trpc = useTRPC();
  const { user } = useSession();
  const navigate = useNavigate();
  const ownWork = !userId || userId === user.id;
  const query = useQuery(trpc.myWork.get.queryOptions(ownWork ? {} : { userId }));
  // Said after a follow-up is confirmed or dismissed (it then leaves the list).
  const [followUpNotice, setFollowUpNotice] = useState<string | null>(null);

  const heading = ownWork ? 'My work' : `My work: ${query.data?.user.displayName ?? '…'}`;
  let body;
  if (query.isPending) body = <Pending />;
  else if (query.isError) {
    body =
      errorCode(query.error) === 'FORBIDDEN' ? (
        <Alert title="You cannot see this caseworker’s work">
          <p>Only supervisors can look at someone else’s work.</p>
        </Alert>
      ) : (
        <QueryError
          title="Your work could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      );
  } else {
    const { overdue, upcoming, repliesOverdue, followUps, reports, reportFollowUps, counts, today } =
      query.data;
    body = (
      <>
        <p className="muted">
          Today is {formatDueDate(today)}. Deadlines, communications and accompaniments of the clients{' '}
          {ownWork
            ? 'you are key worker or lead caseworker for'
            : 'they are key worker or lead caseworker for'}
          .
        </p>
        <WorkList
          title="Overdue"
          empty="Nothing is overdue."
          count={counts.overdue}
          shown={overdue.length}
          tone="overdue"
        >
          {overdue.map((deadline) => (
            <DeadlineRow key={deadline.id} deadline={deadline} />
          ))}
        </WorkList>
        <WorkList
          title="Due in the next 14 days"
          empty="Nothing is due in the next 14 days."
          count={counts.upcoming}
          shown={upcoming.length}
          order="soonest first"
        >
          {upcoming.map((deadline) => (
            <DeadlineRow key={deadline.id} deadline={deadline} />
          ))}
        </WorkList>
        <WorkList
          title="Replies overdue"
          intro="Sent, expecting a reply, and the reply is late. Open one to draft a chaser or record the reply."
          empty="No replies are overdue."
          count={counts.repliesOverdue}
          shown={repliesOverdue.length}
          tone="overdue"
        >
          {repliesOverdue.map((communication) => (
            <ReplyOverdueRow key={communication.id} communication={communication} today={today} />
          ))}
        </WorkList>
        <WorkList
          title="To confirm in writing"
          intro="Phone calls and meetings to confirm in writing, so there is a record of what was said. Open one to log the confirmation, or to note why none is needed."
          empty="No calls or meetings are waiting to be confirmed in writing."
          count={counts.followUps}
          shown={followUps.length}
        >
          {followUps.map((communication) => (
            <FollowUpRow key={communication.id} communication={communication} />
          ))}
        </WorkList>
        <WorkList
          title="Follow-ups from accompaniments to confirm"
          intro="Volunteers proposed these in their reports. Confirm each as a deadline (the title and date are yours to set), or dismiss it with a reason."
          empty="No follow-ups from accompaniments are waiting."
          count={counts.reportFollowUps}
          shown={reportFollowUps.length}
          status={followUpNotice}
        >
          {reportFollowUps.map((followUp) => (
            <li key={followUp.id} className="work-row">
              <FollowUpItem followUp={followUp} showSource onNotice={setFollowUpNotice} />
            </li>
          ))}
        </WorkList>
        <WorkList
          title="Accompaniment reports"
          intro="Filed by volunteers in the last 14 days, latest first. Concerns they ticked are flagged."
          empty="No accompaniment reports in the last 14 days."
          count={reports.length}
        >
          {reports.map((report) => (
            <ReportRow key={report.reportId} report={report} />
          ))}
        </WorkList>
      </>
    );
  }

  return (
    <Page title="My work" heading={heading}>
      {user.role === 'supervisor' ? (
        <CaseworkerPicker
          value={ownWork ? '' : (userId ?? '')}
          onChange={(next) =>
            void navigate({ to: '/my-work', search: next && next !== user.id ? { userId: next } : {} })
          }
        />
      ) : null}
      {body}
    </Page>
  );
}

function CaseworkerPicker({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const trpc = useTRPC();
  const { user } = useSession();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const others = (staff.data?.items ?? []).filter((person) => person.id !== user.id);
  return (
    <form className="filters" aria-label="Whose work" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Show the work of"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={staff.isPending}
      >
        <option value="">Me</option>
        {others.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
            {person.role === 'supervisor' ? ' (supervisor)' : ''}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

/** One list on My work: a region named by its heading, with the number in it ("Overdue (3)"). */
function WorkList({
  title,
  intro,
  empty,
  count,
  shown = count,
  order = 'oldest first',
  tone,
  status,
  children,
}: {
  title: string;
  intro?: string;
  empty: string;
  /** How many there are in all. */
  count: number;
  /** How many are listed, when the list is cut short. */
  shown?: number;
  /** Which come first, said when the list is cut short. */
  order?: string;
  tone?: 'overdue';
  /** When given, a polite live region for what was just done to a row (it may have left the list). */
  status?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      // The alarm colour only when there is something in it.
      className={['section', 'work-list', tone && count > 0 ? `work-list--${tone}` : ''].join(' ')}
      aria-labelledby={id}
    >
      <h2 id={id}>
        {title} <span className="work-list__count">({count})</span>
      </h2>
      {status === undefined ? null : (
        <div aria-live="polite">{status ? <p className="success-text">{status}</p> : null}</div>
      )}
      {count === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          {intro ? <p className="muted">{intro}</p> : null}
          {shown < count ? (
            <p>
              The first {shown} of {count} are shown, {order}.
            </p>
          ) : null}
          <ol className="work-rows">{children}</ol>
        </>
      )}
    </section>
  );
}
