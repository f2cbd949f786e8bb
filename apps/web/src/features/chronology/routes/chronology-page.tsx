import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { ClientLoadError } from '../../clients/components/client-load-error.tsx';
import { ChronologyHeader } from '../components/chronology-header.tsx';
import { ChronologyTable } from '../components/chronology-table.tsx';
import type { Chronology } from '../lib/types.ts';
import { useRecordedPrint } from '../lib/use-recorded-print.ts';
import '../chronology.css';

const route = getRouteApi('/app/clients/$clientId/chronology');

// The title names the page, never the person: titles end up in history, tabs and screen shares.
const TITLE = 'Chronology';

/**
 * `/clients/<id>/chronology[?matter=<id>]`: the case's written record as a document, to print and hand to a
 * solicitor, an MP or a complaints body. Opening it is audited.
 */
export function ChronologyPage() {
  const { clientId } = route.useParams();
  const { matter } = route.useSearch();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.communications.chronology.queryOptions({ personId: clientId, matterId: matter }),
  );

  if (query.isPending) {
    return (
      <Page title={TITLE}>
        <Pending label="Loading the chronology…" />
      </Page>
    );
  }
  if (query.isError) {
    if (matter && errorCode(query.error) === 'BAD_REQUEST') {
      return (
        <Page title={TITLE}>
          <Alert title="That matter is not on this client’s case file">
            <p>The link may be incomplete. The chronology of the whole case includes every matter.</p>
          </Alert>
          <ul className="link-list">
            <li>
              <Link to="/clients/$clientId/chronology" params={{ clientId }}>
                Chronology of the whole case
              </Link>
            </li>
            <li>
              <Link to="/clients/$clientId" params={{ clientId }}>
                Back to the client
              </Link>
            </li>
          </ul>
        </Page>
      );
    }
    return <ClientLoadError title={TITLE} error={query.error} retry={() => void query.refetch()} />;
  }
  return <ChronologyDocument clientId={clientId} matterId={matter ?? null} chronology={query.data} />;
}

function ChronologyDocument({
  clientId,
  matterId,
  chronology,
}: {
  clientId: string;
  matterId: string | null;
  chronology: Chronology;
}) {
  const { user } = useSession();
  const printing = useRecordedPrint(clientId, matterId);
  return (
    <div className="chronology">
      <div className="chronology__tools">
        <p className="back-link">
          <Link to="/clients/$clientId" params={{ clientId }}>
            Back to the client
          </Link>
        </p>
        <div className="button-row">
          {chronology.matter ? (
            <Link to="/clients/$clientId/chronology" params={{ clientId }}>
              Show the whole case instead
            </Link>
          ) : null}
          <Button busy={printing.busy} busyLabel="Preparing to print…" onClick={printing.print}>
            Print
          </Button>
        </div>
      </div>
      {printing.error ? (
        <Alert title="Not printed">
          <p>
            The print could not be recorded, so the chronology was not printed. {errorMessage(printing.error)}
          </p>
        </Alert>
      ) : null}
      <Page title={TITLE}>
        <ChronologyHeader chronology={chronology} preparedBy={user.displayName} />
        {chronology.truncated ? (
          <Alert tone="info" title="This chronology is not complete">
            <p>
              It is too long to show in full: only the earliest {chronology.entries.length} entries are
              included. Print one matter at a time instead, from the matter’s panel on the client’s page.
            </p>
          </Alert>
        ) : null}
        <ChronologyTable entries={chronology.entries} showMatter={!chronology.matter} />
      </Page>
    </div>
  );
}
