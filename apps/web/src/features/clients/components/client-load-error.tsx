import { Link } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';

/** A client that could not be shown: missing, restricted to another team, or a failed request. */
export function ClientLoadError({
  title,
  error,
  retry,
}: {
  title: string;
  error: unknown;
  retry: () => void;
}) {
  const code = errorCode(error);
  const missing = code === 'NOT_FOUND' || code === 'BAD_REQUEST';
  const forbidden = code === 'FORBIDDEN';
  return (
    <Page
      title={missing ? 'Client not found' : title}
      heading={missing ? 'Client not found' : forbidden ? 'You cannot open this record' : title}
    >
      {missing ? (
        <p>There is no client at this address. The link may be incomplete.</p>
      ) : forbidden ? (
        <p>
          {errorMessage(error)} If you need it for your work, ask a supervisor. Your attempt to open it has
          been recorded.
        </p>
      ) : (
        <QueryError title="This client could not be loaded" error={error} onRetry={retry} />
      )}
      <p className="back-link">
        <Link to="/clients">Back to clients</Link>
      </p>
    </Page>
  );
}
