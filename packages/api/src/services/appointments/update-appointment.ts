import { appointments, appointmentVolunteers } from '@umbrella/db';
import type { updateAppointmentInput } from '@umbrella/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadAppointmentView } from './appointment-view.ts';
import { linkedMatterDate } from './link-matter-date.ts';
import { assertNotCancelled, openAppointment, requireMatter, toInstants } from './load-appointment.ts';
import type { AppointmentView } from './views.ts';

/**
 * Corrects or moves an appointment (its time, place, matter, interpreter, notes). A cancelled one is kept as
 * it was. The link to the matter's own date is worked out again from the new values.
 */
export async function updateAppointment(
  ctx: StaffContext,
  input: z.infer<typeof updateAppointmentInput>,
): Promise<AppointmentView> {
  const now = ctx.now();
  const { startsAt, endsAt } = toInstants(input);
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment: before } = await openAppointment(tx, ctx, input.id, 'appointments.update', {
      write: true,
    });
    if (before.version !== input.version)
      throw await staleOrMissing(tx, appointments, input.id, 'appointment');
    assertNotCancelled(before);
    const matter = await requireMatter(tx, person.id, input.matterId);
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
    const after = {
      matterId: matter?.id ?? null,
      type: input.type,
      startsAt,
      endsAt,
      place: input.place,
      area: input.area,
      meetingPoint: input.meetingPoint,
      interpreterNeeded: input.interpreterNeeded,
      interpreterLanguage: input.interpreterLanguage,
      interpreterBooked: input.interpreterBooked,
      accompanimentNeeded: input.accompanimentNeeded,
      notesForVolunteer: input.notesForVolunteer,
      linkedMatterDate: await linkedMatterDate(tx, { type: input.type, startsAt }, matter),
    };
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
