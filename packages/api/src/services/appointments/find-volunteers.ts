import { appointments, appointmentVolunteers, users } from '@umbrella/db';
import {
  AVAILABILITY_SLOTS,
  slotOf,
  speaksLanguage,
  type AvailabilitySlot,
  type findVolunteersInput,
} from '@umbrella/domain';
import { and, asc, count, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientRead, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { openAppointment } from './load-appointment.ts';
import type { VolunteerMatch } from './views.ts';

/** At most this many active volunteers are ranked (all of them, in any likely organisation)... */
export const VOLUNTEERS_RANKED_MAX = 2000;
/** ...and the best this many are listed. */
export const VOLUNTEERS_MAX = 200;

function knownSlots(slots: readonly string[]): AvailabilitySlot[] {
  return slots.filter((s): s is AvailabilitySlot => (AVAILABILITY_SLOTS as readonly string[]).includes(s));
}

/**
 * The active volunteers ranked for an appointment: those who speak its language first (the language asked
 * for, else the interpreter's, else the client's first), then those usually free at that day and time, then
 * those with the fewest other appointments (asked or accepted) overlapping it, then by name; the best
 * VOLUNTEERS_MAX of them. It opens the appointment, so it is audited as a read of the client's record.
 */
export async function findVolunteers(
  ctx: StaffContext,
  input: z.infer<typeof findVolunteersInput>,
): Promise<VolunteerMatch[]> {
  return inClientTransaction(ctx, async (tx) => {
    const { person, appointment } = await openAppointment(
      tx,
      ctx,
      input.appointmentId,
      'appointments.find_volunteers',
    );
    const language = input.language ?? appointment.interpreterLanguage ?? person.languages[0] ?? null;
    const slot = slotOf(appointment.startsAt);
    const volunteers = await tx
      .select({
        id: users.id,
        displayName: users.displayName,
        languages: users.languages,
        availability: users.availability,
        availabilityNote: users.availabilityNote,
      })
      .from(users)
      .where(and(eq(users.role, 'volunteer'), eq(users.active, true)))
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(VOLUNTEERS_RANKED_MAX);
    const ids = volunteers.map((v) => v.id);
    const clashes = new Map<string, number>();
    const assigned = new Map<string, VolunteerMatch['assignment']>();
    if (ids.length) {
      // Every volunteer's overlapping appointments at once: one grouped query.
      const overlapping = await tx
        .select({ userId: appointmentVolunteers.userId, n: count() })
        .from(appointmentVolunteers)
        .innerJoin(appointments, eq(appointments.id, appointmentVolunteers.appointmentId))
        .where(
          and(
            inArray(appointmentVolunteers.userId, ids),
            inArray(appointmentVolunteers.status, ['offered', 'accepted']),
            eq(appointments.status, 'scheduled'),
            ne(appointments.id, appointment.id),
            lt(appointments.startsAt, appointment.endsAt),
            gt(appointments.endsAt, appointment.startsAt),
          ),
        )
        .groupBy(appointmentVolunteers.userId);
      for (const row of overlapping) clashes.set(row.userId, Number(row.n));
      const here = await tx
        .select({ userId: appointmentVolunteers.userId, status: appointmentVolunteers.status })
        .from(appointmentVolunteers)
        .where(eq(appointmentVolunteers.appointmentId, appointment.id));
      for (const row of here) assigned.set(row.userId, row.status);
    }
    const matches: VolunteerMatch[] = volunteers.map((v) => {
      const availability = knownSlots(v.availability);
      return {
        id: v.id,
        displayName: v.displayName,
        languages: v.languages,
        availability,
        availabilityNote: v.availabilityNote,
        speaksLanguage: speaksLanguage(v.languages, language),
        usuallyFree: availability.includes(slot),
        clashes: clashes.get(v.id) ?? 0,
        assignment: assigned.get(v.id) ?? null,
      };
    });
    await auditClientRead(tx, ctx, person.id, 'appointment');
    return matches
      .sort(
        (a, b) =>
          Number(b.speaksLanguage) - Number(a.speaksLanguage) ||
          Number(b.usuallyFree) - Number(a.usuallyFree) ||
          a.clashes - b.clashes ||
          a.displayName.localeCompare(b.displayName, 'en-GB') ||
          a.id.localeCompare(b.id),
      )
      .slice(0, VOLUNTEERS_MAX);
  });
}
