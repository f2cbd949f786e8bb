import { formatDateTime } from '@umbrella/domain';
import { Link } from '@tanstack/react-router';
import type { AuditRow } from '../lib/types.ts';

const OUTCOME_LABELS: Record<AuditRow['outcome'], string> = {
  success: 'Done',
  denied: 'Refused',
  failure: 'Failed',
};

/** Ids and field names only, as the log keeps them: `view: timeline, communicationId: …`. */
function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** The rows of the audit log, newest first. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="table-scroll">
      <table className="table audit__table">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Client</th>
            <th scope="col">Outcome</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{formatDateTime(row.at)}</td>
              <td>{row.actor?.displayName ?? 'System'}</td>
              <td>{row.text}</td>
              <td>
                {row.client ? (
                  row.client.displayName ? (
                    <Link to="/clients/$clientId" params={{ clientId: row.client.id }}>
                      {row.client.displayName}
                    </Link>
                  ) : (
                    <span className="audit__id">{row.client.id}</span>
                  )
                ) : null}
              </td>
              <td>{OUTCOME_LABELS[row.outcome]}</td>
              <td className="audit__details">{detailsText(row.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
