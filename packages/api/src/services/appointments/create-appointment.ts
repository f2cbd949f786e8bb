import { appointments, appointmentVolunteers } from '@umbrella/db';
import type { createAppointmentInput } from '@umbrella/domain';
import type { z } from 'zod';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { appointmentColumns } from './appointment-columns.ts';
import { requireVolunteers, toInstants } from './load-appointment.ts';
import type { AppointmentView } from './views.ts';

/**
 * An appointment on a client's case file (optionally one of its matters), with the volunteers asked to
 * accompany. A tribunal hearing or a conference on the matter's own date is linked to that date.
 */
export async function createAppointment(
  ctx: StaffContext,
  input: z.infer<typeof createAppointmentInput>,
): Promise<AppointmentView> {
  const now = ctx.now();
  // Checked before anything is read or written: a refused input writes nothing.
  const when = toInstants(input);
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'appointments.create', { write: true });
    const columns = await appointmentColumns(tx, person.id, input, when);
    await requireVolunteers(tx, input.volunteerIds);
    const file = await loadCaseFile(tx, person.id);
    const [row] = await tx
      .insert(appointments)
      .values({
        ...columns,
        personId: person.id,
        caseId: file.id,
        createdById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: appointments.id });
    if (!row) throw new Error('appointment insert returned nothing');
    if (input.volunteerIds.length) {
      await tx.insert(appointmentVolunteers).values(
        input.volunteerIds.map((userId) => ({
          appointmentId: row.id,
          userId,
          status: 'offered' as const,
          assignedById: ctx.session.user.id,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await auditClientChange(tx, ctx, 'appointments.create', person.id, {
      appointmentId: row.id,
      matterId: columns.matterId,
      volunteerIds: input.volunteerIds,
    });
    return loadAppointmentView(tx, row.id, now);
  });
}
