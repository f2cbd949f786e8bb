import { ASSIGNMENT_STATUS_LABELS } from '@umbrella/domain';
import { Badge } from '../../../components/badge.tsx';
import type { AppointmentView } from '../lib/types.ts';

/** "Cancelled", "Unassigned" (said in words, the colour only repeats it). */
export function AppointmentBadges({ appointment }: { appointment: AppointmentView }) {
  const asked = appointment.volunteers.some((v) => v.status === 'offered');
  return (
    <>
      {appointment.status === 'cancelled' ? <Badge tone="neutral">Cancelled</Badge> : null}
      {appointment.unassigned ? (
        <Badge tone="warning">{asked ? 'Unassigned: no one has accepted yet' : 'Unassigned'}</Badge>
      ) : null}
    </>
  );
}

/** "Sam Lee (Accepted), Ana (Asked, no answer yet)", or why there is nobody. */
export function volunteersText(appointment: AppointmentView): string {
  if (appointment.volunteers.length > 0) {
    return appointment.volunteers
      .map((v) => `${v.displayName} (${ASSIGNMENT_STATUS_LABELS[v.status]})`)
      .join(', ');
  }
  return appointment.accompanimentNeeded ? 'No volunteer asked yet' : 'No volunteer needed';
}
