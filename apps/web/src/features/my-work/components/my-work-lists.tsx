import { useState } from 'react';
import { FollowUpItem } from '../../appointments/components/follow-up-item.tsx';
import { formatDueDate } from '../../deadlines/lib/format.ts';
import type { MyWork } from '../lib/types.ts';
import { useMoreCommunications, useMoreDeadlines, useMoreReportFollowUps } from '../lib/use-more-rows.ts';
import { FollowUpRow, ReplyOverdueRow } from './communication-row.tsx';
import { DeadlineRow } from './deadline-row.tsx';
import { ReportRow } from './report-row.tsx';
import { WorkList } from './work-list.tsx';

/**
 * The lists of My work: the first page of each came with My work; "Show more" under a list reads the next
 * ones. `userId` is the caseworker a supervisor is looking at (absent for one's own work).
 */
export function MyWorkLists({
  work,
  ownWork,
  userId,
}: {
  work: MyWork;
  ownWork: boolean;
  userId: string | undefined;
}) {
  const { counts, today } = work;
  const overdue = useMoreDeadlines('overdue', work.overdue, counts.overdue, userId);
  const upcoming = useMoreDeadlines('upcoming', work.upcoming, counts.upcoming, userId);
  const replies = useMoreCommunications('repliesOverdue', work.repliesOverdue, counts.repliesOverdue, userId);
  const toConfirm = useMoreCommunications('followUps', work.followUps, counts.followUps, userId);
  const waiting = useMoreReportFollowUps(work.reportFollowUps, counts.reportFollowUps, userId);
  // Said after a follow-up is confirmed or dismissed (it then leaves the list).
  const [followUpNotice, setFollowUpNotice] = useState<string | null>(null);
  return (
    <>
      <p className="muted">
        Today is {formatDueDate(today)}. Deadlines, communications and accompaniments of the clients{' '}
        {ownWork ? 'you are key worker or lead caseworker for' : 'they are key worker or lead caseworker for'}
        .
      </p>
      <WorkList
        title="Overdue"
        empty="Nothing is overdue."
        count={counts.overdue}
        shown={overdue.rows.length}
        next={{ query: overdue.next, label: 'Show more overdue deadlines', what: 'deadlines' }}
        tone="overdue"
      >
        {overdue.rows.map((deadline) => (
          <DeadlineRow key={deadline.id} deadline={deadline} />
        ))}
      </WorkList>
      <WorkList
        title="Due in the next 14 days"
        empty="Nothing is due in the next 14 days."
        count={counts.upcoming}
        shown={upcoming.rows.length}
        order="soonest first"
        next={{ query: upcoming.next, label: 'Show more deadlines due soon', what: 'deadlines' }}
      >
        {upcoming.rows.map((deadline) => (
          <DeadlineRow key={deadline.id} deadline={deadline} />
        ))}
      </WorkList>
      <WorkList
        title="Replies overdue"
        intro="Sent, expecting a reply, and the reply is late. Open one to draft a chaser or record the reply."
        empty="No replies are overdue."
        count={counts.repliesOverdue}
        shown={replies.rows.length}
        next={{ query: replies.next, label: 'Show more replies overdue', what: 'communications' }}
        tone="overdue"
      >
        {replies.rows.map((communication) => (
          <ReplyOverdueRow key={communication.id} communication={communication} today={today} />
        ))}
      </WorkList>
      <WorkList
        title="To confirm in writing"
        intro="Phone calls and meetings to confirm in writing, so there is a record of what was said. Open one to log the confirmation, or to note why none is needed."
        empty="No calls or meetings are waiting to be confirmed in writing."
        count={counts.followUps}
        shown={toConfirm.rows.length}
        next={{ query: toConfirm.next, label: 'Show more calls and meetings', what: 'communications' }}
      >
        {toConfirm.rows.map((communication) => (
          <FollowUpRow key={communication.id} communication={communication} />
        ))}
      </WorkList>
      <WorkList
        title="Follow-ups from accompaniments to confirm"
        intro="Volunteers proposed these in their reports. Confirm each as a deadline (the title and date are yours to set), or dismiss it with a reason."
        empty="No follow-ups from accompaniments are waiting."
        count={counts.reportFollowUps}
        shown={waiting.rows.length}
        next={{ query: waiting.next, label: 'Show more follow-ups', what: 'follow-ups' }}
        status={followUpNotice}
      >
        {waiting.rows.map((followUp) => (
          <li key={followUp.id} className="work-row">
            <FollowUpItem followUp={followUp} showSource onNotice={setFollowUpNotice} />
          </li>
        ))}
      </WorkList>
      <WorkList
        title="Accompaniment reports"
        intro="Filed by volunteers in the last 14 days, latest first. Concerns they ticked are flagged."
        empty="No accompaniment reports in the last 14 days."
        count={work.reports.length}
      >
        {work.reports.map((report) => (
          <ReportRow key={report.reportId} report={report} />
        ))}
      </WorkList>
    </>
  );
}
