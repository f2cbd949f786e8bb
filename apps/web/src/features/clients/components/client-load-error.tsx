import { Link, useParams } from '@tanstack/react-router';
import { RecordLoadError } from '../../../components/record-load-error.tsx';
import { useSession } from '../../auth/session.ts';
import { BreakGlassRefusal } from '../../break-glass/components/break-glass-refusal.tsx';
import { isRestrictedRefusal } from '../../break-glass/lib/break-glass.ts';

/**
 * A client that could not be shown: missing, restricted to another team, or a failed request. A caseworker
 * refused a restricted record outside their teams is offered break-glass; once opened, the record loads.
 */
export function ClientLoadError({
  title,
  error,
  retry,
}: {
  title: string;
  error: unknown;
  retry: () => void;
}) {
  const { user } = useSession();
  // Every page of a client record has the client's id in its address.
  const { clientId } = useParams({ strict: false });
  const back = <Link to="/clients">Back to clients</Link>;
  if (clientId && user.role === 'caseworker' && isRestrictedRefusal(error)) {
    return <BreakGlassRefusal title={title} personId={clientId} error={error} back={back} />;
  }
  return <RecordLoadError what="client" title={title} error={error} retry={retry} back={back} />;
}
