import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { caseloadTotals, caseworkerLabel, stalledSearchFor } from '../lib/caseload.ts';
import type { SupervisionSearch } from '../lib/dashboard-search.ts';
import { daysText } from '../lib/format.ts';
import type { CaseloadRow } from '../lib/types.ts';

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
                <th scope="col" className="table__number">
                  Open cases
                </th>
                <th scope="col" className="table__number">
                  Stalled
                </th>
                <th scope="col" className="table__number">
                  Deadlines overdue
                </th>
                <th scope="col" className="table__number">
                  Replies overdue
                </th>
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
                  {totals.openCases === 0 ? (
                    0
                  ) : (
                    <Link
                      to="/clients"
                      search={{ status: 'open' }}
                      aria-label={`${totals.openCases} open cases in all`}
                    >
                      {totals.openCases}
                    </Link>
                  )}
                </td>
                <td data-label="Stalled" className="table__number">
                  <CountLink count={totals.stalledCases} search={{}} label="stalled cases">
                    {totals.stalledCases}
                  </CountLink>
                </td>
                <td data-label="Deadlines overdue" className="table__number">
                  <CountLink
                    count={totals.overdueDeadlines}
                    search={{ reason: 'deadline_overdue' }}
                    label="cases with deadlines overdue"
                  >
                    {totals.overdueDeadlines}
                  </CountLink>
                </td>
                <td data-label="Replies overdue" className="table__number">
                  <CountLink
                    count={totals.repliesOverdue}
                    search={{ reason: 'reply_overdue' }}
                    label="cases with replies overdue"
                  >
                    {totals.repliesOverdue}
                  </CountLink>
                </td>
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
        {row.openCases === 0 ? (
          0
        ) : row.user ? (
          <Link
            to="/clients"
            search={{ keyWorker: row.user.id, status: 'open' }}
            aria-label={`${row.openCases} open cases of ${name}`}
          >
            {row.openCases}
          </Link>
        ) : (
          // Every open case without a key worker is flagged for it: the stalled list shows them all.
          <CountLink
            count={row.openCases}
            search={stalledSearchFor(row, 'no_key_worker')}
            label="open cases without a key worker"
          >
            {row.openCases}
          </CountLink>
        )}
      </td>
      <td data-label="Stalled" className="table__number">
        <CountLink count={row.stalledCases} search={stalledSearchFor(row)} label={`stalled cases of ${name}`}>
          {row.stalledCases}
        </CountLink>
      </td>
      <td data-label="Deadlines overdue" className="table__number">
        <CountLink
          count={row.overdueDeadlines}
          search={stalledSearchFor(row, 'deadline_overdue')}
          label={`deadlines overdue, cases of ${name}`}
        >
          {row.overdueDeadlines}
        </CountLink>
      </td>
      <td data-label="Replies overdue" className="table__number">
        <CountLink
          count={row.repliesOverdue}
          search={stalledSearchFor(row, 'reply_overdue')}
          label={`replies overdue, cases of ${name}`}
        >
          {row.repliesOverdue}
        </CountLink>
      </td>
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

/** A figure that leads to the stalled cases it counts; a nought is just a nought. */
function CountLink({
  count,
  search,
  label,
  children,
}: {
  count: number;
  search: SupervisionSearch;
  label: string;
  children: ReactNode;
}) {
  if (count === 0) return <>{children}</>;
  return (
    <Link to="/supervision" search={search} aria-label={`${count} ${label}`}>
      {children}
    </Link>
  );
}
