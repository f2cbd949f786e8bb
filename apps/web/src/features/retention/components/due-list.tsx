import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { clientLabel, dueText, kindsText } from '../lib/format.ts';
import type { DueClient } from '../lib/types.ts';
import { AskToAnonymise } from './ask-to-anonymise.tsx';

const PAGE_SIZE = 25;

/** The dry run: the clients the policy makes due today. Nothing changes until someone asks and another approves. */
export function DueList() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.retention.due.infiniteQueryOptions({ limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );
  const [notice, setNotice] = useState<string | null>(null);
  if (query.isPending) return <Pending label="Working out who is due…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The dry run could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? 0;
  const today = query.data.pages[0]?.today ?? '';
  return (
    <>
      <p role="status" className="success-text">
        {notice}
      </p>
      <ResultCount query={query}>
        {total === 0
          ? 'Nobody is due for anonymisation today.'
          : `${total.toLocaleString('en-GB')} ${total === 1 ? 'client is' : 'clients are'} due for anonymisation${
              items.length < total ? ` (${items.length.toLocaleString('en-GB')} shown)` : ''
            }.`}
      </ResultCount>
      {items.length > 0 ? (
        <ul className="retention-list" aria-label="Clients due for anonymisation">
          {items.map((client) => (
            <DueItem key={client.personId} client={client} today={today} onDone={setNotice} />
          ))}
        </ul>
      ) : null}
      <ShowMore query={query} label="Show more clients" what="clients" />
    </>
  );
}

function DueItem({
  client,
  today,
  onDone,
}: {
  client: DueClient;
  today: string;
  onDone: (message: string) => void;
}) {
  return (
    <li>
      <p>
        <strong className={client.displayName ? undefined : 'retention-id'}>
          {client.displayName ? (
            <Link to="/clients/$clientId" params={{ clientId: client.personId }}>
              {clientLabel(client)}
            </Link>
          ) : (
            clientLabel(client)
          )}
        </strong>{' '}
        <Badge tone="warning">{dueText(client.dueOn, today)}</Badge>
      </p>
      <p className="muted">
        Case file closed {formatCalendarDate(client.closedOn)} · {kindsText(client.kinds)} · kept{' '}
        {client.years === 1 ? '1 year' : `${client.years} years`}
      </p>
      {client.awaitingRequestId ? (
        <p>
          <Badge tone="info">Asked: awaiting approval</Badge>
        </p>
      ) : (
        <AskToAnonymise personId={client.personId} onDone={onDone} />
      )}
    </li>
  );
}
