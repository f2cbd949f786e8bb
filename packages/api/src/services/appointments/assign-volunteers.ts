import { accompanimentReports, appointments, appointmentVolunteers } from '@umbrella/db';
import type { assignVolunteersInput } from '@umbrella/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { openAppointment, requireVolunteers } from './load-appointment.ts';
import type { AppointmentView } from './views.ts';

/**
 * Sets who is asked to accompany: names new to the list are asked (offered), names left out are taken off,
 * whatever their answer (reassignment), with any draft of their report on it (a filed report stays), and
 * the others keep their answer. Only for an appointment still to come and not cancelled.
 */
export async function assignVolunteers(
  ctx: StaffContext,
  input: z.infer<typeof assignVolunteersInput>,
): Promise<AppointmentView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment } = await openAppointment(tx, ctx, input.id, 'appointments.assign', {
      write: true,
    });
    if (appointment.version !== input.version) {
      throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    }
    if (appointment.status === 'cancelled') {
      throw badRequest('volunteerIds', 'This appointment is cancelled: no one can be asked to accompany.');
    }
    if (appointment.endsAt <= now) {
      throw badRequest('volunteerIds', 'This appointment has ended: volunteers can no longer be changed.');
    }
    if (input.volunteerIds.length && !appointment.accompanimentNeeded) {
      throw badRequest('volunteerIds', 'Tick “accompaniment needed” to ask a volunteer');
    }
    const current = await tx
      .select({ userId: appointmentVolunteers.userId })
      .from(appointmentVolunteers)
      .where(eq(appointmentVolunteers.appointmentId, appointment.id));
    const had = new Set(current.map((r) => r.userId));
    const wanted = new Set(input.volunteerIds);
    const added = input.volunteerIds.filter((id) => !had.has(id));
    const removed = [...had].filter((id) => !wanted.has(id));
    if (!added.length && !removed.length) return loadAppointmentView(tx, appointment.id, now);
    // Those kept were checked when they were asked; a newcomer must be an active volunteer.
    await requireVolunteers(tx, added);
    const [row] = await tx
      .update(appointments)
      .set({ version: sql`${appointments.version} + 1`, updatedAt: now })
      .where(and(eq(appointments.id, appointment.id), eq(appointments.version, input.version)))
      .returning({ id: appointments.id });
    if (!row) throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    if (removed.length) {
      await tx
        .delete(appointmentVolunteers)
        .where(
          and(
            eq(appointmentVolunteers.appointmentId, appointment.id),
            inArray(appointmentVolunteers.userId, removed),
          ),
        );
      await tx
        .delete(accompanimentReports)
        .where(
          and(
            eq(accompanimentReports.appointmentId, appointment.id),
            inArray(accompanimentReports.volunteerId, removed),
            eq(accompanimentReports.status, 'draft'),
          ),
        );
    }
    if (added.length) {
      await tx.insert(appointmentVolunteers).values(
        added.map((userId) => ({
          appointmentId: appointment.id,
          userId,
          status: 'offered' as const,
          assignedById: ctx.session.user.id,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await auditClientChange(tx, ctx, 'appointments.assign', person.id, {
      appointmentId: appointment.id,
      added,
      removed,
    });
    return loadAppointmentView(tx, appointment.id, now);
  });
}
