import { useInfiniteQuery } from '@tanstack/react-query';
import { ANONYMISATION_REQUEST_STATUS_LABELS, REMOVED_TEXT } from '@umbrella/domain';
import { useState } from 'react';
import { Badge, type BadgeTone } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { askedText, clientLabel, decisionText } from '../lib/format.ts';
import type { AnonymisationRequest } from '../lib/types.ts';
import { RequestActions } from './request-actions.tsx';

const PAGE_SIZE = 20;

const STATUS_TONES: Record<AnonymisationRequest['status'], BadgeTone> = {
  awaiting_approval: 'warning',
  approved: 'success',
  refused: 'neutral',
  cancelled: 'neutral',
};

/**
 * Requests to anonymise: those awaiting a second person (with approve, refuse or withdraw, as the caller may),
 * or what happened recently.
 */
export function RequestsList({ state }: { state: 'awaiting' | 'decided' }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.retention.requests.infiniteQueryOptions({ state, limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );
  const [notice, setNotice] = useState<string | null>(null);
  if (query.isPending) return <Pending label="Loading the requests…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The requests could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? 0;
  const empty = state === 'awaiting' ? 'No request is awaiting approval.' : 'Nothing has been decided yet.';
  return (
    <>
      <p role="status" className="success-text">
        {notice}
      </p>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <ResultCount query={query}>
            {`${total.toLocaleString('en-GB')} ${total === 1 ? 'request' : 'requests'}${
              items.length < total ? ` (${items.length.toLocaleString('en-GB')} shown)` : ''
            }.`}
          </ResultCount>
          <ul
            className="retention-list"
            aria-label={state === 'awaiting' ? 'Requests awaiting approval' : 'Decided requests'}
          >
            {items.map((request) => (
              <RequestItem key={request.id} request={request} onDone={setNotice} />
            ))}
          </ul>
        </>
      )}
      <ShowMore query={query} label="Show more requests" what="requests" />
    </>
  );
}

function RequestItem({
  request,
  onDone,
}: {
  request: AnonymisationRequest;
  onDone: (message: string) => void;
}) {
  const awaiting = request.status === 'awaiting_approval';
  return (
    <li>
      <p>
        <strong className={request.displayName ? undefined : 'retention-id'}>{clientLabel(request)}</strong>{' '}
        <Badge tone={STATUS_TONES[request.status]}>
          {ANONYMISATION_REQUEST_STATUS_LABELS[request.status]}
        </Badge>
      </p>
      <p className="muted">
        {askedText(request)}
        {awaiting ? `; needs approval by ${request.approverNeeded}` : ''}.
      </p>
      {request.reason === REMOVED_TEXT ? (
        <p className="muted">The reason was removed with the client’s details.</p>
      ) : (
        <p className="pre-line">{request.reason}</p>
      )}
      {awaiting ? (
        <RequestActions request={request} onDone={onDone} />
      ) : (
        <>
          <p>{decisionText(request)}.</p>
          {request.decisionNote ? <p className="pre-line">{request.decisionNote}</p> : null}
        </>
      )}
    </li>
  );
}
