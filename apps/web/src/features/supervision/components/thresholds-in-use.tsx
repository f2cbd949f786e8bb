import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { stageThresholdText, thresholdSentences } from '../lib/format.ts';

/** When a case counts as stalled: the organisation's thresholds in words; administrators can change them. */
export function ThresholdsInUse() {
  const trpc = useTRPC();
  const { user } = useSession();
  const query = useQuery(trpc.supervision.settings.queryOptions());

  if (query.isPending) return <Pending label="Loading the thresholds…" />;
  if (query.isError) {
    return (
      <QueryError
        title="The thresholds could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { thresholds, version } = query.data;
  return (
    <div className="thresholds">
      <p>
        {version === null
          ? 'The default thresholds are in use.'
          : 'Your organisation’s thresholds are in use.'}{' '}
        Besides a deadline overdue, a missed appointment not followed up and a case without a key worker, a
        case is flagged for:
      </p>
      <ul>
        {thresholdSentences(thresholds).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {thresholds.stages.length > 0 ? (
        <details className="thresholds__stages">
          <summary>Longer than usual in a stage ({thresholds.stages.length} stages)</summary>
          <ul>
            {thresholds.stages.map((t) => (
              <li key={`${t.kind}.${t.stage}`}>{stageThresholdText(t)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {user.isAdmin ? (
        <p>
          <Link to="/admin/supervision">Change the thresholds</Link>
        </p>
      ) : (
        <p className="muted">An administrator can change them.</p>
      )}
    </div>
  );
}
