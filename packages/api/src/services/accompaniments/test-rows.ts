import { accompanimentReports, appointments, appointmentVolunteers, type DbOrTx } from '@umbrella/db';
import {
  londonLocalToInstant,
  type AccompanimentOutcome,
  type AppointmentType,
  type AssignmentStatus,
} from '@umbrella/domain';

/**
 * Tests only: appointment rows written straight to the database, so the volunteer's side is tested whatever
 * the state of the staff's screens. Times are London wall-clock (`2026-11-25T14:00`).
 */
export interface AppointmentRowInput {
  personId: string;
  caseId: string;
  createdById: string;
  startsAt: string;
  endsAt: string;
  type?: AppointmentType;
  place?: string;
  area?: string | null;
  meetingPoint?: string | null;
  notesForVolunteer?: string | null;
  matterId?: string | null;
  cancelled?: boolean;
  volunteers?: { userId: string; status: AssignmentStatus }[];
}

export async function insertAppointment(db: DbOrTx, input: AppointmentRowInput): Promise<string> {
  const [row] = await db
    .insert(appointments)
    .values({
      personId: input.personId,
      caseId: input.caseId,
      matterId: input.matterId ?? null,
      type: input.type ?? 'police_interview',
      startsAt: londonLocalToInstant(input.startsAt),
      endsAt: londonLocalToInstant(input.endsAt),
      place: input.place ?? 'Croydon Police Station, 71 Park Lane',
      area: input.area === undefined ? 'Croydon' : input.area,
      meetingPoint: input.meetingPoint ?? 'Outside the main entrance',
      notesForVolunteer: input.notesForVolunteer ?? null,
      status: input.cancelled ? 'cancelled' : 'scheduled',
      cancelledReason: input.cancelled ? 'Rearranged by the police' : null,
      createdById: input.createdById,
    })
    .returning({ id: appointments.id });
  if (!row) throw new Error('appointment insert returned nothing');
  if (input.volunteers?.length) {
    await db.insert(appointmentVolunteers).values(
      input.volunteers.map((v) => ({
        appointmentId: row.id,
        userId: v.userId,
        status: v.status,
        assignedById: input.createdById,
      })),
    );
  }
  return row.id;
}

/** A report filed straight into the database (for counts and My work), without the filing's other rows. */
export async function insertFiledReport(
  db: DbOrTx,
  input: {
    appointmentId: string;
    volunteerId: string;
    personId: string;
    outcome: AccompanimentOutcome;
    minutesSpent: number;
    filedAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(accompanimentReports)
    .values({ ...input, status: 'filed' })
    .returning({ id: accompanimentReports.id });
  if (!row) throw new Error('report insert returned nothing');
  return row.id;
}
