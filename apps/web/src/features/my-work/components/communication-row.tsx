import { CHANNEL_LABELS } from '@umbrella/domain';
import { dayNumber, formatCalendarDate } from '../../../lib/dates.ts';
import { CommunicationSummary } from '../../communications/components/communication-summary.tsx';
import type { CommunicationView } from '../../communications/lib/types.ts';
import { daysLeftText, formatDueDate } from '../../deadlines/lib/format.ts';
import { ClientLine } from './client-line.tsx';

/**
 * A reply overdue on My work: whose, with whom, what, sent when, due when and how late. The name and the
 * subject open it on the client's page, where the chaser is drafted or the reply recorded.
 */
export function ReplyOverdueRow({
  communication,
  today,
}: {
  communication: CommunicationView;
  today: string;
}) {
  const due = communication.replyDue;
  return (
    <li className="work-row work-row--overdue">
      <ClientLine row={communication} communicationId={communication.id} />
      <CommunicationSummary communication={communication} />
      {due ? (
        <p className="work-row__due">
          Reply due <time dateTime={due}>{formatDueDate(due)}</time>
          {' · '}
          <span className="deadline__left deadline__left--overdue">
            {daysLeftText(dayNumber(due) - dayNumber(today))}
          </span>
        </p>
      ) : null}
    </li>
  );
}

/** A call or meeting still to be confirmed in writing: "Phone call on 20 Nov 2026". */
export function FollowUpRow({ communication }: { communication: CommunicationView }) {
  return (
    <li className="work-row">
      <ClientLine row={communication} communicationId={communication.id} />
      <CommunicationSummary communication={communication} />
      <p className="work-row__due">
        {CHANNEL_LABELS[communication.channel]} on{' '}
        <time dateTime={communication.occurredOn}>{formatCalendarDate(communication.occurredOn)}</time>
        {', not yet confirmed in writing'}
      </p>
    </li>
  );
}
