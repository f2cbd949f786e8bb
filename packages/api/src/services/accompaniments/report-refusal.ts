import { REPORT_REFUSAL_MESSAGES, reportRefusal } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';
import type { ReachedAppointment } from './volunteer-reach.ts';

/** Refuses writing the report (or its draft) before the start, unaccepted, or once filed: nothing is written. */
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
}
