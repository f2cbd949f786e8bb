import type { ReactNode } from 'react';
import { errorCode, errorMessage } from '../lib/errors.ts';
import { Page } from './page.tsx';
import { QueryError } from './query-error.tsx';

/**
 * A record that could not be shown: missing (or a malformed address), refused (and recorded by the server), or
 * a failed request to retry. `what` names the kind of record in plain words: "client", "appointment".
 */
export function RecordLoadError({
  what,
  title,
  error,
  retry,
  back,
}: {
  what: string;
  title: string;
  error: unknown;
  retry: () => void;
  back: ReactNode;
}) {
  const code = errorCode(error);
  const missing = code === 'NOT_FOUND' || code === 'BAD_REQUEST';
  const forbidden = code === 'FORBIDDEN';
  const notFound = `${what.charAt(0).toUpperCase()}${what.slice(1)} not found`;
  return (
    <Page
      title={missing ? notFound : title}
      heading={
        missing ? notFound : forbidden ? `You cannot open this ${what === 'client' ? 'record' : what}` : title
      }
    >
      {missing ? (
        <p>There is no {what} at this address. The link may be incomplete.</p>
      ) : forbidden ? (
        <p>
          {errorMessage(error)} If you need it for your work, ask a supervisor. Your attempt to open it has
          been recorded.
        </p>
      ) : (
        <QueryError title={`This ${what} could not be loaded`} error={error} onRetry={retry} />
      )}
      <p className="back-link">{back}</p>
    </Page>
  );
}
