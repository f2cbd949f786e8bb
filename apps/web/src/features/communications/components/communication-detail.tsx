import { useQuery } from '@tanstack/react-query';
import { communicationHeading, MATTER_KIND_LABELS, RECIPIENT_CATEGORY_LABELS } from '@umbrella/domain';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { communicationDisclosureText, legalBasisText } from '../lib/disclosure-text.ts';
import type { CommunicationView } from '../lib/types.ts';
import { AttachmentLinks } from './attachment-links.tsx';
import { CommunicationActions } from './communication-actions.tsx';
import { OpenCommunicationLink } from './open-communication-link.tsx';
import { ReplyStatusBadge } from './communication-summary.tsx';
import '../sharing.css';

/** The server's explanation of a reply-due date typed in by the caseworker. */
const SET_BY_HAND = 'Set by hand.';

interface CommunicationDetailProps {
  id: string;
  personId: string;
  matters: readonly MatterView[];
  onClose: () => void;
}

/** One communication opened on the client's page: all of its text, its files, its reply, and what to do next. */
export function CommunicationDetail({ id, personId, matters, onClose }: CommunicationDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.communications.get.queryOptions({ id }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const settled = !query.isPending;

  // Opened from a link (the list, the timeline, My work): bring it into view and put the reader at its heading
  // (or at the reason it could not be opened).
  useEffect(() => {
    if (settled) headingRef.current?.focus();
  }, [settled]);

  let body: ReactNode;
  if (query.isPending) body = <Pending label="Opening the communication…" />;
  else if (query.isError || query.data.personId !== personId) {
    body = (
      <Alert title="The communication could not be opened">
        <p>{query.isError ? errorMessage(query.error) : 'It is not on this client’s record.'}</p>
      </Alert>
    );
  } else {
    body = (
      <>
        {notice ? (
          <p role="status" className="success-text">
            {notice}
          </p>
        ) : null}
        <CommunicationFacts communication={query.data} matters={matters} />
        <h4 className="communication-detail__label">Text</h4>
        {query.data.body ? (
          <p className="pre-line communication-detail__text">{query.data.body}</p>
        ) : (
          <p className="muted">No text was recorded.</p>
        )}
        <h4 className="communication-detail__label">Files</h4>
        <AttachmentLinks attachments={query.data.attachments} />
        <CommunicationActions
          communication={query.data}
          matters={matters}
          onNotice={(message) => {
            setNotice(message);
            headingRef.current?.focus();
          }}
        />
      </>
    );
  }

  return (
    <article className="communication-detail" aria-labelledby={headingId}>
      <header className="communication-detail__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {query.data?.subject ?? 'Communication'}
        </h3>
        <Button variant="secondary" className="button--small" onClick={onClose}>
          Close
        </Button>
      </header>
      {body}
    </article>
  );
}

function CommunicationFacts({
  communication: c,
  matters,
}: {
  communication: CommunicationView;
  matters: readonly MatterView[];
}) {
  const matter = c.matterId ? matters.find((m) => m.id === c.matterId) : undefined;
  return (
    <dl className="details communication-detail__facts">
      <Fact term="What">
        {communicationHeading(c.channel, c.direction)} on{' '}
        <time dateTime={c.occurredOn}>{formatCalendarDate(c.occurredOn)}</time>
      </Fact>
      <Fact term="With">{c.counterpartLabel}</Fact>
      {c.disclosure ? (
        <Fact term="Shared">
          <p className="communication-detail__disclosure">{communicationDisclosureText(c.disclosure)}</p>
          {legalBasisText(c.disclosure) ? (
            <p className="communication-detail__disclosure muted pre-line">
              Legal basis: {legalBasisText(c.disclosure)}
            </p>
          ) : null}
          {c.agencyId || c.disclosure.basis === 'client' ? null : (
            <p className="communication-detail__disclosure muted">
              To: {RECIPIENT_CATEGORY_LABELS[c.disclosure.recipientCategory]}
            </p>
          )}
        </Fact>
      ) : null}
      <Fact term="Matter">
        {matter
          ? MATTER_KIND_LABELS[matter.kind]
          : c.matterKind
            ? MATTER_KIND_LABELS[c.matterKind]
            : 'Not about one matter'}
      </Fact>
      {c.replyState ? (
        <Fact term="Reply">
          <ReplyStatusBadge communication={c} />
          {c.replyDue ? (
            <p className="communication-detail__due">
              {c.replyDueExplanation && c.replyDueExplanation !== SET_BY_HAND
                ? c.replyDueExplanation
                : `Due by ${formatCalendarDate(c.replyDue)}${c.replyDueExplanation ? ', a date set by hand' : ''}.`}
            </p>
          ) : null}
          {c.answeredById ? (
            <OpenCommunicationLink id={c.answeredById}>Open the reply</OpenCommunicationLink>
          ) : null}
        </Fact>
      ) : null}
      {c.confirmation ? (
        <Fact term="In writing">
          {c.confirmation === 'needed' ? (
            <ReplyStatusBadge communication={c} />
          ) : c.confirmation === 'done' ? (
            'Confirmed in writing.'
          ) : (
            `No need to confirm: ${c.confirmationNote ?? 'no reason given'}`
          )}
        </Fact>
      ) : null}
      {c.answers ? (
        <Fact term="Answers">
          <OpenCommunicationLink id={c.answers.id}>
            “{c.answers.subject}”, sent {formatCalendarDate(c.answers.occurredOn)}
          </OpenCommunicationLink>
        </Fact>
      ) : null}
      {c.chaserOfId ? (
        <Fact term="Chases">
          <OpenCommunicationLink id={c.chaserOfId}>Open what it chases</OpenCommunicationLink>
        </Fact>
      ) : null}
      {c.confirmsId ? (
        <Fact term="Confirms">
          <OpenCommunicationLink id={c.confirmsId}>
            Open the call or meeting it confirms
          </OpenCommunicationLink>
        </Fact>
      ) : null}
      <Fact term="Logged by">
        {c.recordedBy.displayName} on {formatCalendarDate(todayInLondon(new Date(c.recordedAt)))}
      </Fact>
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
