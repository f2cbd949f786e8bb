import type { DbOrTx } from '@umbrella/db';
import type { UpdateAppointmentInput } from '@umbrella/domain';
import { linkedMatterDate } from './link-matter-date.ts';
import { requireMatter } from './load-appointment.ts';

/** What the booking form sets, the same whether booking or changing an appointment. */
export type AppointmentFields = Omit<UpdateAppointmentInput, 'id' | 'version' | 'startsAt' | 'endsAt'>;

/**
 * The appointment's columns as the form sets them, for an insert or an update: the matter checked to be the
 * client's, and the link to the matter's own date worked out from the values.
 */
export async function appointmentColumns(
  tx: DbOrTx,
  personId: string,
  input: AppointmentFields,
  when: { startsAt: Date; endsAt: Date },
) {
  const matter = await requireMatter(tx, personId, input.matterId);
  return {
    matterId: matter?.id ?? null,
    type: input.type,
    startsAt: when.startsAt,
    endsAt: when.endsAt,
    place: input.place,
    area: input.area,
    meetingPoint: input.meetingPoint,
    interpreterNeeded: input.interpreterNeeded,
    interpreterLanguage: input.interpreterLanguage,
    interpreterBooked: input.interpreterBooked,
    accompanimentNeeded: input.accompanimentNeeded,
    notesForVolunteer: input.notesForVolunteer,
    linkedMatterDate: await linkedMatterDate(tx, { type: input.type, startsAt: when.startsAt }, matter),
  };
}
