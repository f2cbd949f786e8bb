import { accompanimentReports, appointments, appointmentVolunteers } from '@umbrella/db';
import type { updateAppointmentInput } from '@umbrella/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { appointmentColumns } from './appointment-columns.ts';
import { assertNotCancelled, openAppointment, toInstants } from './load-appointment.ts';
import type { AppointmentView } from './views.ts';

export const REPORTED_MESSAGE =
  'A report has been filed on this appointment, so its time, type and matter can no longer change.';

/** What a filed report is about: fixed once one is filed. */
const REPORTED_FIELDS = ['startsAt', 'endsAt', 'type', 'matterId'] as const;

/**
 * Corrects or moves an appointment (its time, place, matter, interpreter, notes). A cancelled one is kept as
 * it was; once a report is filed on it, its time, type and matter are too. The link to the matter's own date
 * is worked out again from the new values.
 */
export async function updateAppointment(
  ctx: StaffContext,
  input: z.infer<typeof updateAppointmentInput>,
): Promise<AppointmentView> {
  const now = ctx.now();
  const when = toInstants(input);
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment: before } = await openAppointment(tx, ctx, input.id, 'appointments.update', {
      write: true,
    });
    if (before.version !== input.version)
      throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    assertNotCancelled(before);
    const after = await appointmentColumns(tx, person.id, input, when);
    if (!input.accompanimentNeeded && before.accompanimentNeeded) {
      const [asked] = await tx
        .select({ id: appointmentVolunteers.id })
        .from(appointmentVolunteers)
        .where(
          and(
            eq(appointmentVolunteers.appointmentId, before.id),
            inArray(appointmentVolunteers.status, ['offered', 'accepted']),
          ),
        )
        .limit(1);
      if (asked) {
        throw badRequest(
          'accompanimentNeeded',
          'Volunteers are still asked to accompany: take them off first, then untick “accompaniment needed”.',
        );
      }
    }
    const reported = changedFields(before, after, REPORTED_FIELDS);
    if (reported.length) {
      const [filed] = await tx
        .select({ id: accompanimentReports.id })
        .from(accompanimentReports)
        .where(
          and(eq(accompanimentReports.appointmentId, before.id), eq(accompanimentReports.status, 'filed')),
        )
        .limit(1);
      if (filed) throw badRequest(reported[0] ?? 'startsAt', REPORTED_MESSAGE);
    }
    const fields = changedFields(before, after, Object.keys(after) as (keyof typeof after)[]);
    if (!fields.length) return loadAppointmentView(tx, before.id, now);
    const [row] = await tx
      .update(appointments)
      .set({ ...after, version: sql`${appointments.version} + 1`, updatedAt: now })
      .where(and(eq(appointments.id, before.id), eq(appointments.version, input.version)))
      .returning({ id: appointments.id });
    if (!row) throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    await auditClientChange(tx, ctx, 'appointments.update', person.id, { appointmentId: before.id, fields });
    return loadAppointmentView(tx, before.id, now);
  });
}
