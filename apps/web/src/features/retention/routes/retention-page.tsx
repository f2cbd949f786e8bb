import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { DueList } from '../components/due-list.tsx';
import { RequestsList } from '../components/requests-list.tsx';
import { policySentences } from '../lib/policy-form.ts';
import '../retention.css';

/**
 * `/retention` (supervisors and administrators): the policy in force, the requests awaiting a second person,
 * the dry run of who is due, and what happened recently.
 */
export function RetentionPage() {
  const { user } = useSession();
  return (
    <Page title="Retention">
      <p>
        A client’s record is anonymised only when two people agree: one asks, with a reason, and the other
        approves. Between them they must be a supervisor and an administrator. Anonymising removes every
        identifying detail and deletes the files; counts for statistics remain. A client on legal hold cannot
        be anonymised.
      </p>
      {user.role === 'supervisor' ? null : (
        <p className="muted">Clients are shown by their record’s id: their names are for supervisors.</p>
      )}
      <Section title="The retention policy">
        <PolicySummary />
        {user.isAdmin ? (
          <p>
            <Link to="/admin/retention">Change the retention policy</Link>
          </p>
        ) : null}
      </Section>
      <Section title="Awaiting a second person">
        <RequestsList state="awaiting" />
      </Section>
      <Section title="Due for anonymisation (dry run)">
        <p className="muted">
          Who the policy makes due today. Nothing is removed from this list: ask to anonymise, and a second
          person approves.
        </p>
        <DueList />
      </Section>
      <Section title="What happened recently">
        <RequestsList state="decided" />
      </Section>
    </Page>
  );
}

function PolicySummary() {
  const trpc = useTRPC();
  const query = useQuery(trpc.retention.policy.queryOptions());
  if (query.isPending) return <Pending label="Loading the policy…" />;
  if (query.isError) {
    return (
      <QueryError
        title="The policy could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <>
      {policySentences(query.data.policy).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </>
  );
}
