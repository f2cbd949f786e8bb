import { Link } from '@tanstack/react-router';
import { communicationHeading } from '@umbrella/domain';
import { Badge } from '../../../components/badge.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import type { CommunicationView } from '../lib/types.ts';

type ReplyFacts = Pick<CommunicationView, 'replyState' | 'replyDue' | 'replyOverdue' | 'confirmation'>;

/**
 * Where a communication stands, in words: "Awaiting reply — due 15 Oct 2026", "Reply overdue", "Answered",
 * "Chased", or for a call or meeting "To confirm in writing". Nothing when there is nothing to follow up.
 */
export function ReplyStatusBadge({ communication }: { communication: ReplyFacts }) {
  const { replyState, replyDue, replyOverdue, confirmation } = communication;
  if (replyState === 'awaiting') {
    return replyOverdue ? (
      <Badge tone="danger">Reply overdue{replyDue ? ` — was due ${formatCalendarDate(replyDue)}` : ''}</Badge>
    ) : (
      <Badge tone="info">Awaiting reply{replyDue ? ` — due ${formatCalendarDate(replyDue)}` : ''}</Badge>
    );
  }
  if (replyState === 'chased') return <Badge tone="warning">Chased</Badge>;
  if (replyState === 'answered') return <Badge tone="success">Answered</Badge>;
  if (confirmation === 'needed') return <Badge tone="warning">To confirm in writing</Badge>;
  return null;
}

/**
 * One communication as a compact row: when, how, with whom, its subject (a link that opens it on the
 * client's page), where its reply stands and the first words of its text. `showClient` adds the client's
 * name, for lists that span clients (My work, search).
 */
export function CommunicationSummary({
  communication,
  showClient = false,
}: {
  communication: CommunicationView;
  showClient?: boolean;
}) {
  const c = communication;
  return (
    <div className="communication-summary">
      <p className="communication-summary__meta">
        <time dateTime={c.occurredOn}>{formatCalendarDate(c.occurredOn)}</time>
        {' · '}
        {communicationHeading(c.channel, c.direction)}
        {' · '}
        <span className="communication-summary__counterpart">{c.counterpartLabel}</span>
        {showClient ? (
          <>
            {' · '}
            <span className="communication-summary__client">{c.clientDisplayName}</span>
          </>
        ) : null}
      </p>
      <p className="communication-summary__subject">
        <Link
          to="/clients/$clientId"
          params={{ clientId: c.personId }}
          search={{ communication: c.id }}
          // The page scrolls to the communication itself when it opens.
          resetScroll={false}
          className="communication-summary__link"
        >
          {c.subject}
        </Link>{' '}
        <ReplyStatusBadge communication={c} />
      </p>
      {c.body ? (
        // Lists carry the first 300 characters, already ending in "…" when there is more.
        <p className="communication-summary__excerpt">{c.body}</p>
      ) : null}
    </div>
  );
}
