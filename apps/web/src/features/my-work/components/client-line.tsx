import { Link } from '@tanstack/react-router';
import { MATTER_KIND_LABELS, type MatterKind } from '@umbrella/domain';

interface ClientLineProps {
  /** A deadline or a communication on My work. */
  row: { personId: string; clientDisplayName: string; matterKind: MatterKind | null };
  /** For a communication's row: the name opens it on the client's page. */
  communicationId?: string;
}

/** Whose a row on My work is, and which matter: the first line of every row, deadlines and communications. */
export function ClientLine({ row, communicationId }: ClientLineProps) {
  return (
    <p className="work-row__client">
      <Link
        to="/clients/$clientId"
        params={{ clientId: row.personId }}
        search={communicationId ? { communication: communicationId } : undefined}
      >
        {row.clientDisplayName}
      </Link>
      <span className="muted">
        {' · '}
        {row.matterKind ? MATTER_KIND_LABELS[row.matterKind] : 'No matter'}
      </span>
    </p>
  );
}
