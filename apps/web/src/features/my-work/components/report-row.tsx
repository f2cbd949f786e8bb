import { Link } from '@tanstack/react-router';
import { ACCOMPANIMENT_OUTCOME_LABELS, formatDate } from '@umbrella/domain';
import type { RouterOutputs } from '../../../lib/api-types.ts';
import { ConcernBadges } from '../../appointments/components/concern-badges.tsx';
import { typeLabel } from '../../appointments/lib/format.ts';

type ReportSummary = RouterOutputs['myWork']['get']['reports'][number];

/** An accompaniment report filed on one of the caseworker's clients: what happened, and any concerns. */
export function ReportRow({ report: r }: { report: ReportSummary }) {
  const follow = r.followUpsProposed;
  return (
    <li className={['work-row', r.concerns.length > 0 ? 'work-row--concern' : ''].filter(Boolean).join(' ')}>
      <p className="work-row__client">
        <Link to="/clients/$clientId" params={{ clientId: r.personId }}>
          {r.clientDisplayName}
        </Link>
        <span className="muted">
          {' · '}
          {typeLabel(r.appointmentType)} on {formatDate(r.appointmentStartsAt)}
        </span>
      </p>
      <p className="work-row__title">
        <Link to="/appointments/$appointmentId" params={{ appointmentId: r.appointmentId }}>
          {ACCOMPANIMENT_OUTCOME_LABELS[r.outcome]}
          <span className="visually-hidden">: the report on the {typeLabel(r.appointmentType)}</span>
        </Link>
        <span className="muted">
          {' '}
          · reported by {r.volunteer.displayName} on {formatDate(r.filedAt)}
          {follow > 0 ? ` · ${follow === 1 ? '1 follow-up proposed' : `${follow} follow-ups proposed`}` : ''}
        </span>
      </p>
      <ConcernBadges concerns={r.concerns} />
    </li>
  );
}
