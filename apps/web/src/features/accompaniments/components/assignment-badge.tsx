import { ASSIGNMENT_STATUS_LABELS } from '@umbrella/domain';
import { Badge } from '../../../components/badge.tsx';
import type { VolunteerCard } from '../lib/types.ts';

/** Where the volunteer stands on an accompaniment: cancelled, accepted, or asked with no answer yet. */
export function AssignmentBadge({ card }: { card: Pick<VolunteerCard, 'status' | 'assignment'> }) {
  return (
    <p className="accompaniment-card__badges">
      {card.status === 'cancelled' ? (
        <Badge tone="danger">Cancelled</Badge>
      ) : (
        <Badge tone={card.assignment === 'accepted' ? 'success' : 'warning'}>
          {ASSIGNMENT_STATUS_LABELS[card.assignment]}
        </Badge>
      )}
    </p>
  );
}
