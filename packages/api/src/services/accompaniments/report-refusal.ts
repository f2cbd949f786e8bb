import { REPORT_REFUSAL_MESSAGES, reportRefusal } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';
import type { ReachedAppointment } from './volunteer-reach.ts';

export const ARCHIVED_CLIENT_REPORT_MESSAGE =
  'This client’s record is archived, so the report cannot be saved here. Please give your account to the caseworker.';

/**
 * Refuses writing the report (or its draft) before the start, unaccepted, once filed, or once the client's
 * record is archived: nothing is written.
 */
export function assertReportable(reached: ReachedAppointment, now: Date): void {
  const refusal = reportRefusal(
    {
      assignment: reached.assignment.status,
      startsAt: reached.appointment.startsAt,
      cancelled: reached.appointment.status === 'cancelled',
      filed: reached.report?.status === 'filed',
    },
    now,
  );
  if (refusal) throw badRequest('appointmentId', REPORT_REFUSAL_MESSAGES[refusal]);
  if (reached.clientArchived) throw badRequest('appointmentId', ARCHIVED_CLIENT_REPORT_MESSAGE);
}
