import { Link } from '@tanstack/react-router';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
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
        <Alert title="This client could not be loaded">
          <p>{errorMessage(error)}</p>
          <Button variant="secondary" onClick={retry}>
            Try again
          </Button>
        </Alert>
      )}
      <p className="back-link">
        <Link to="/clients">Back to clients</Link>
      </p>
    </Page>
  );
}
