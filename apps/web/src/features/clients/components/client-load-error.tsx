import { Link } from '@tanstack/react-router';
import { RecordLoadError } from '../../../components/record-load-error.tsx';

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
  return (
    <RecordLoadError
      what="client"
      title={title}
      error={error}
      retry={retry}
      back={<Link to="/clients">Back to clients</Link>}
    />
  );
}
