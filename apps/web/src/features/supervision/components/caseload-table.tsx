import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import {
  caseloadTotals,
  caseworkerLabel,
  STALLED_FIGURES,
  stalledSearchFor,
  totalSearchFor,
  type StalledFigure,
} from '../lib/caseload.ts';
import type { SupervisionSearch } from '../lib/dashboard-search.ts';
import { daysText } from '../lib/format.ts';
import type { CaseloadRow } from '../lib/types.ts';
import { NumberHead } from './number-head.tsx';

/** Open cases and what is overdue per key worker, each number a link to the cases it counts. */
export function CaseloadTable() {
  const trpc = useTRPC();
  const query = useQuery(trpc.supervision.caseload.queryOptions());

  let body;
  if (query.isPending) body = <Pending label="Loading the caseload…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The caseload could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const { rows } = query.data;
    const totals = caseloadTotals(rows);
    body = (
      <>
        <p className="muted">
          The open cases of each caseworker’s clients (as key worker). Replies overdue counts replies later
          than the threshold below, as the stalled list does, so each number opens the cases behind it.
        </p>
        <div className="table-scroll caseload">
          <table className="table">
            <caption className="visually-hidden">Caseload per caseworker</caption>
            <thead>
              <tr>
                <th scope="col">Key worker</th>
                <NumberHead>Open cases</NumberHead>
                {STALLED_FIGURES.map((figure) => (
                  <NumberHead key={figure.key}>{figure.column}</NumberHead>
                ))}
                <th scope="col">Longest without activity</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CaseloadTableRow key={row.user?.id ?? 'none'} row={row} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All</th>
                <td data-label="Open cases" className="table__number">
                  <OpenCasesLink count={totals.openCases} label="open cases in all" />
                </td>
                <StalledFigureCells
                  counts={totals}
                  searchFor={totalSearchFor}
                  labelFor={(figure) => figure.inAll}
                />
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </>
    );
  }

  return (
    <Section title="Caseload">
      <div id="caseload">{body}</div>
    </Section>
  );
}

function CaseloadTableRow({ row }: { row: CaseloadRow }) {
  const name = row.user ? caseworkerLabel(row.user) : 'No key worker';
  const oldest = row.oldestUntouched;
  return (
    <tr>
      <th scope="row">{row.user ? name : <em>{name}</em>}</th>
      <td data-label="Open cases" className="table__number">
        {row.user ? (
          <OpenCasesLink count={row.openCases} keyWorker={row.user.id} label={`open cases of ${name}`} />
        ) : (
          // Every open case without a key worker is flagged for it: the stalled list shows them all.
          <CountLink
            count={row.openCases}
            search={stalledSearchFor(row, 'no_key_worker')}
            label="open cases without a key worker"
          />
        )}
      </td>
      <StalledFigureCells
        counts={row}
        searchFor={(figure) => stalledSearchFor(row, figure.reason)}
        labelFor={(figure) => figure.of(name)}
      />
      <td data-label="Longest without activity">
        {oldest ? (
          <>
            <Link to="/clients/$clientId" params={{ clientId: oldest.personId }}>
              {oldest.displayName}
            </Link>{' '}
            <span className="caseload__days">
              {daysText(oldest.idleDays)}
              <span className="visually-hidden">
                {' '}
                without activity
                {oldest.lastActivityOn ? `, since ${formatCalendarDate(oldest.lastActivityOn)}` : ''}
              </span>
            </span>
          </>
        ) : (
          <span className="muted">None open</span>
        )}
      </td>
    </tr>
  );
}

/** The figures of a row (or of the totals) that open the stalled list, each in its column. */
function StalledFigureCells({
  counts,
  searchFor,
  labelFor,
}: {
  counts: Record<StalledFigure['key'], number>;
  searchFor: (figure: StalledFigure) => SupervisionSearch;
  labelFor: (figure: StalledFigure) => string;
}) {
  return (
    <>
      {STALLED_FIGURES.map((figure) => (
        <td key={figure.key} data-label={figure.column} className="table__number">
          <CountLink count={counts[figure.key]} search={searchFor(figure)} label={labelFor(figure)} />
        </td>
      ))}
    </>
  );
}

/** A figure that leads to the stalled cases it counts; a nought is just a nought. */
function CountLink({ count, search, label }: { count: number; search: SupervisionSearch; label: string }) {
  if (count === 0) return <>{count}</>;
  return (
    <Link to="/supervision" search={search} aria-label={`${count} ${label}`}>
      {count}
    </Link>
  );
}

/** Open cases lead to the client list, open clients only (the key worker's, if given); a nought is a nought. */
function OpenCasesLink({ count, keyWorker, label }: { count: number; keyWorker?: string; label: string }) {
  if (count === 0) return <>{count}</>;
  return (
    <Link
      to="/clients"
      search={keyWorker ? { keyWorker, status: 'open' } : { status: 'open' }}
      aria-label={`${count} ${label}`}
    >
      {count}
    </Link>
  );
}
