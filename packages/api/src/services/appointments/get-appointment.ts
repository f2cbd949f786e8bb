import { accompanimentReports, appointmentFollowUps } from '@umbrella/db';
import type { appointmentIdInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientRead, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { loadFollowUpViews } from '../accompaniments/follow-up-view.ts';
import { loadReportViews } from '../accompaniments/report-view.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { openAppointment } from './load-appointment.ts';
import type { AppointmentDetail } from './views.ts';

/** Follow-ups of one appointment: a report holds at most 10, and an appointment at most 4 volunteers. */
const FOLLOW_UPS_MAX = 100;

/**
 * One appointment with its filed reports (drafts are the volunteer's own until filed) and the follow-ups they
 * named. Reading it is a read of the client record, and audited as one.
 */
export async function getAppointment(
  ctx: StaffContext,
  input: z.infer<typeof appointmentIdInput>,
): Promise<AppointmentDetail> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment } = await openAppointment(tx, ctx, input.id, 'appointments.read');
    await auditClientRead(tx, ctx, person.id, 'appointment');
    return {
      appointment: await loadAppointmentView(tx, appointment.id, now),
      reports: await loadReportViews(
        tx,
        and(eq(accompanimentReports.appointmentId, appointment.id), eq(accompanimentReports.status, 'filed')),
      ),
      followUps: await loadFollowUpViews(tx, eq(appointmentFollowUps.appointmentId, appointment.id), {
        limit: FOLLOW_UPS_MAX,
      }),
    };
  });
}
