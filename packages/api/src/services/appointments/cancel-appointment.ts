import { appointments } from '@umbrella/db';
import type { cancelAppointmentInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { assertNotCancelled, openAppointment } from './load-appointment.ts';
import type { AppointmentView } from './views.ts';

/** Cancels an appointment, with the reason; it stays on the record (and on the volunteers' view) as cancelled. */
export async function cancelAppointment(
  ctx: StaffContext,
  input: z.infer<typeof cancelAppointmentInput>,
): Promise<AppointmentView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment } = await openAppointment(tx, ctx, input.id, 'appointments.cancel', {
      write: true,
    });
    if (appointment.version !== input.version) {
      throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    }
    assertNotCancelled(appointment);
    const [row] = await tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledReason: input.reason,
        cancelledAt: now,
        version: sql`${appointments.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(appointments.id, appointment.id), eq(appointments.version, input.version)))
      .returning({ id: appointments.id });
    if (!row) throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    await auditClientChange(tx, ctx, 'appointments.cancel', person.id, { appointmentId: appointment.id });
    return loadAppointmentView(tx, appointment.id, now);
  });
}
