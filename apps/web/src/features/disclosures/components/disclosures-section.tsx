import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { DisclosureList } from './disclosure-list.tsx';
import '../disclosures.css';

const PAGE_SIZE = 10;

/**
 * A client's disclosure history, newest first: every letter sent about them to an agency, every print and
 * download of their record, and every request held back for a supervisor's approval.
 */
export function DisclosuresSection({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const [offset, setOffset] = useState(0);
  const query = useQuery(
    trpc.disclosures.forClient.queryOptions(
      { personId, offset, limit: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );
  let body;
  if (query.isPending) body = <Pending label="Loading the disclosures…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The disclosures could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = (
      <DisclosureList
        items={query.data.items}
        total={query.data.total}
        offset={offset}
        limit={PAGE_SIZE}
        onOffset={setOffset}
        label="Disclosures, newest first"
        words={{
          none: 'Nothing about this client has been sent, printed or downloaded yet.',
          one: 'disclosure',
          many: 'disclosures',
          items: 'disclosures',
        }}
        busy={query.isFetching}
      />
    );
  }
  return (
    <Section title="Disclosures">
      <p className="muted">
        What has left the record about this client, and what is waiting for approval: letters and e-mails sent
        to agencies, prints and downloads. Newest first.
      </p>
      {body}
    </Section>
  );
}
