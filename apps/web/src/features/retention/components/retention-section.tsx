import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { anonymisedSentence, askedText, retentionSentence } from '../lib/format.ts';
import type { ClientRetention } from '../lib/types.ts';
import { AskToAnonymise } from './ask-to-anonymise.tsx';
import { LegalHold } from './legal-hold.tsx';
import '../retention.css';

/**
 * Retention on a client's profile: whether the record was anonymised, the legal hold (supervisors set and lift
 * it), when the policy makes the record due, and a request to anonymise it awaiting a second person.
 */
export function RetentionSection({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.retention.forClient.queryOptions({ personId: clientId }));
  let body;
  if (query.isPending) body = <Pending label="Loading retention…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="Retention could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else body = <RetentionBody retention={query.data} />;
  return <Section title="Retention">{body}</Section>;
}

function RetentionBody({ retention }: { retention: ClientRetention }) {
  const [notice, setNotice] = useState<string | null>(null);
  if (retention.anonymisedAt) {
    return (
      <p className="retention-anonymised">
        <strong>{anonymisedSentence(retention.anonymisedAt)}</strong> Every identifying detail was removed and
        the files were deleted; what is left is kept for the organisation’s counts.
      </p>
    );
  }
  const { awaiting } = retention;
  return (
    <>
      <p role="status" className="success-text">
        {notice}
      </p>
      <LegalHold retention={retention} onDone={setNotice} />
      <p>{retentionSentence(retention, todayInLondon())}</p>
      {awaiting ? (
        <p>
          A request to anonymise this record awaits approval by {awaiting.approverNeeded} (
          {askedText(awaiting)}
          ). <Link to="/retention">See the requests</Link>
        </p>
      ) : null}
      {retention.canRequest ? <AskToAnonymise personId={retention.personId} onDone={setNotice} /> : null}
    </>
  );
}
