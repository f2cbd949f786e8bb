import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useSession } from '../../auth/session.ts';
import { ClientLoadError } from '../../clients/components/client-load-error.tsx';
import { ChronologyHeader } from '../components/chronology-header.tsx';
import { ChronologyTable, type MorePages } from '../components/chronology-table.tsx';
import type { Chronology, ChronologyEntry } from '../lib/types.ts';
import { useChronology } from '../lib/use-chronology.ts';
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
  const { query, readWhole } = useChronology(clientId, matter);
  const pages = query.data?.pages;
  const first = pages?.[0];

  if (query.isPending) {
    return (
      <Page title={TITLE}>
        <Pending label="Loading the chronology…" />
      </Page>
    );
  }
  if (!pages || !first) {
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
  return (
    <ChronologyDocument
      clientId={clientId}
      matterId={matter ?? null}
      chronology={first}
      pages={pages}
      more={query}
      readWhole={readWhole}
    />
  );
}

function ChronologyDocument({
  clientId,
  matterId,
  chronology,
  pages,
  more,
  readWhole,
}: {
  clientId: string;
  matterId: string | null;
  /** The first page: whose chronology, what it covers, and how many entries in all. */
  chronology: Chronology;
  pages: Chronology[];
  more: MorePages;
  readWhole: () => Promise<Chronology[]>;
}) {
  const { user } = useSession();
  const loaded = useMemo(() => pages.flatMap((page) => page.entries), [pages]);
  // Once printed with the button, the whole chronology (read for the print) is what the page holds.
  const [whole, setWhole] = useState<ChronologyEntry[] | null>(null);
  const printing = useRecordedPrint(clientId, matterId, async () => {
    const all = await readWhole();
    setWhole(all.flatMap((page) => page.entries));
  });
  const entries = whole ?? loaded;
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
          <Button busy={printing.busy} busyLabel="Preparing to print…" onClick={() => void printing.print()}>
            Print
          </Button>
        </div>
      </div>
      {printing.failure ? (
        <Alert title="Not printed">
          <p>
            {printing.failure.stage === 'load'
              ? 'The whole chronology could not be loaded, so it was not printed.'
              : 'The print could not be recorded, so the chronology was not printed.'}{' '}
            {errorMessage(printing.failure.error)}
          </p>
        </Alert>
      ) : null}
      <Page title={TITLE}>
        <ChronologyHeader chronology={chronology} preparedBy={user.displayName} />
        <ChronologyTable
          entries={entries}
          total={whole ? whole.length : chronology.total}
          more={whole ? null : more}
          showMatter={!chronology.matter}
        />
      </Page>
    </div>
  );
}
