import {
  accompanimentReports,
  appendAudit,
  appointments,
  appointmentVolunteers,
  people,
  type DbOrTx,
} from '@umbrella/db';
import { volunteerReach, type VolunteerReach } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import { AccessDenial, inGuardedTransaction } from '../access/denial.ts';

export type AppointmentRow = typeof appointments.$inferSelect;
export type AssignmentRow = typeof appointmentVolunteers.$inferSelect;
export type ReportRow = typeof accompanimentReports.$inferSelect;

export const VOLUNTEER_DENIED_MESSAGE = 'You do not have access to this.';

/** A volunteer reaching past their appointments: refused without saying whether the appointment exists. */
function volunteerDenial(
  appointmentId: string,
  reason: Exclude<VolunteerReach, 'allowed'>,
  verb: string,
): AccessDenial {
  return new AccessDenial(
    {
      action: 'accompaniments.denied',
      entityType: 'appointment',
      entityId: appointmentId,
      details: { reason, verb },
    },
    VOLUNTEER_DENIED_MESSAGE,
  );
}

export interface ReachedAppointment {
  appointment: AppointmentRow;
  assignment: AssignmentRow;
  /** This volunteer's own report row (draft or filed), if any. */
  report: ReportRow | null;
  /** The client's record is archived: nothing more is written to it. Never shown on the card. */
  clientArchived: boolean;
}

/**
 * Loads an appointment for the calling volunteer and checks they may reach it (volunteerReach): asked to
 * accompany, not declined, report window still open. Anything else is refused without saying whether the
 * appointment exists. Call it first inside `inVolunteerTransaction`, which records the refusal. A write locks
 * the volunteer's assignment, so two saves of the same report run one after the other, and holds the
 * appointment against staff changes.
 */
export async function reachAppointment(
  tx: DbOrTx,
  ctx: StaffContext,
  appointmentId: string,
  verb: string,
  options: { lock?: boolean } = {},
): Promise<ReachedAppointment> {
  const userId = ctx.session.user.id;
  const appointmentQuery = tx
    .select({ appointment: appointments, clientArchivedAt: people.archivedAt })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  // A write holds the appointment (shared): staff changing it (its time, who is asked) wait for the write to
  // end, and the write waits for theirs, so a report is never filed against what they just changed.
  const [found] = options.lock
    ? await appointmentQuery.for('share', { of: appointments })
    : await appointmentQuery;
  const appointment = found?.appointment;
  const assignmentQuery = tx
    .select()
    .from(appointmentVolunteers)
    .where(
      and(eq(appointmentVolunteers.appointmentId, appointmentId), eq(appointmentVolunteers.userId, userId)),
    )
    .limit(1);
  const [assignment] = appointment
    ? options.lock
      ? await assignmentQuery.for('update')
      : await assignmentQuery
    : [];
  const reach =
    appointment && assignment
      ? volunteerReach(
          {
            assignment: assignment.status,
            endsAt: appointment.endsAt,
            cancelled: appointment.status === 'cancelled',
          },
          ctx.now(),
          ctx.config.accompanimentReportWindowDays,
        )
      : 'not_assigned';
  if (reach !== 'allowed' || !appointment || !assignment) {
    throw volunteerDenial(appointmentId, reach === 'allowed' ? 'not_assigned' : reach, verb);
  }
  const [report] = await tx
    .select()
    .from(accompanimentReports)
    .where(
      and(
        eq(accompanimentReports.appointmentId, appointmentId),
        eq(accompanimentReports.volunteerId, userId),
      ),
    )
    .limit(1);
  return {
    appointment,
    assignment,
    report: report ?? null,
    clientArchived: Boolean(found?.clientArchivedAt),
  };
}

/**
 * Runs a volunteer's verb on one appointment in one transaction. When the reach check refuses, the transaction
 * is rolled back (nothing written), the refusal is committed to the audit log on its own, and FORBIDDEN thrown.
 */
export const inVolunteerTransaction = inGuardedTransaction;

/** A volunteer's look at their accompaniments: which appointments (and so which clients), ids only. */
export async function auditVolunteerRead(
  tx: DbOrTx,
  ctx: StaffContext,
  entity: { type: 'user' | 'appointment'; id: string },
  shown: { appointmentId: string; personId: string }[],
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action: 'accompaniments.read',
    outcome: 'success',
    entityType: entity.type,
    entityId: entity.id,
    requestId: ctx.meta.requestId,
    details: {
      appointmentIds: shown.map((s) => s.appointmentId),
      personIds: [...new Set(shown.map((s) => s.personId))],
    },
  });
}
