import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { DisclosureList } from './disclosure-list.tsx';
import '../disclosures.css';

const PAGE_SIZE = 10;

type QueueView = 'awaiting_approval' | 'approved';

const VIEWS: { view: QueueView; label: string }[] = [
  { view: 'awaiting_approval', label: 'Awaiting approval' },
  { view: 'approved', label: 'Approved recently' },
];

/**
 * The supervisors' queue on the dashboard: requests to send something about a client without their consent
 * (or to Immigration Enforcement), oldest first, each to approve or refuse with a reason; and the approvals
 * of the last 90 days with their reasons.
 */
export function DisclosureQueue() {
  const trpc = useTRPC();
  const [view, setView] = useState<QueueView>('awaiting_approval');
  const [offset, setOffset] = useState(0);
  const query = useQuery(
    trpc.disclosures.queue.queryOptions(
      { view, offset, limit: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );
  const awaiting = view === 'awaiting_approval';

  let body;
  if (query.isPending) body = <Pending label="Loading the requests…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The requests could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = (
      <DisclosureList
        key={view}
        items={query.data.items}
        total={query.data.total}
        offset={offset}
        limit={PAGE_SIZE}
        onOffset={setOffset}
        label={
          awaiting ? 'Requests awaiting approval, oldest first' : 'Approved in the last 90 days, newest first'
        }
        words={
          awaiting
            ? {
                none: 'Nothing is waiting for approval.',
                one: 'request waiting for approval',
                many: 'requests waiting for approval',
                items: 'requests',
              }
            : {
                none: 'Nothing has been approved in the last 90 days.',
                one: 'approval in the last 90 days',
                many: 'approvals in the last 90 days',
                items: 'approvals',
              }
        }
        busy={query.isFetching}
      />
    );
  }

  return (
    <Section title="Disclosures awaiting approval">
      <p className="muted">
        Letters and other communications about a client that may not leave without a supervisor: to an agency
        the client has not agreed to, or to Immigration Enforcement. Approving logs it as sent; either way
        your reason is recorded.
      </p>
      <div className="button-row disclosure-queue__views" role="group" aria-label="Which requests">
        {VIEWS.map((v) => (
          <Button
            key={v.view}
            variant="secondary"
            className="button--small"
            aria-pressed={view === v.view}
            onClick={() => {
              setView(v.view);
              setOffset(0);
            }}
          >
            {v.label}
          </Button>
        ))}
      </div>
      {body}
    </Section>
  );
}
