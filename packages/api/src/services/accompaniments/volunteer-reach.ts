import {
  accompanimentReports,
  appendAudit,
  appointments,
  appointmentVolunteers,
  type DbOrTx,
  type Transaction,
} from '@umbrella/db';
import { volunteerReach, type VolunteerReach } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';

export type AppointmentRow = typeof appointments.$inferSelect;
export type AssignmentRow = typeof appointmentVolunteers.$inferSelect;
export type ReportRow = typeof accompanimentReports.$inferSelect;

export const VOLUNTEER_DENIED_MESSAGE = 'You do not have access to this.';

/** Thrown inside a transaction when a volunteer reaches past their appointments; audited outside it. */
class VolunteerDenied extends Error {
  constructor(
    readonly appointmentId: string,
    readonly reason: Exclude<VolunteerReach, 'allowed'>,
    readonly verb: string,
  ) {
    super('volunteer reach denied');
  }
}

export interface ReachedAppointment {
  appointment: AppointmentRow;
  assignment: AssignmentRow;
  /** This volunteer's own report row (draft or filed), if any. */
  report: ReportRow | null;
}

/**
 * Loads an appointment for the calling volunteer and checks they may reach it (volunteerReach): asked to
 * accompany, not declined, report window still open. Anything else is refused without saying whether the
 * appointment exists. Call it first inside `inVolunteerTransaction`, which records the refusal. A write locks
 * the volunteer's assignment, so two saves of the same report run one after the other.
 */
export async function reachAppointment(
  tx: DbOrTx,
  ctx: StaffContext,
  appointmentId: string,
  verb: string,
  options: { lock?: boolean } = {},
): Promise<ReachedAppointment> {
  const userId = ctx.session.user.id;
  const [appointment] = await tx
    .select()
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .limit(1);
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
    throw new VolunteerDenied(appointmentId, reach === 'allowed' ? 'not_assigned' : reach, verb);
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
  return { appointment, assignment, report: report ?? null };
}

/**
 * Runs a volunteer's verb on one appointment in one transaction. When the reach check refuses, the transaction
 * is rolled back (nothing written), the refusal is committed to the audit log on its own, and FORBIDDEN thrown.
 */
export async function inVolunteerTransaction<T>(
  ctx: StaffContext,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    if (!(error instanceof VolunteerDenied)) throw error;
    await ctx.db.transaction((tx) =>
      appendAudit(tx, {
        actorUserId: ctx.session.user.id,
        action: 'accompaniments.denied',
        outcome: 'denied',
        entityType: 'appointment',
        entityId: error.appointmentId,
        requestId: ctx.meta.requestId,
        details: { reason: error.reason, verb: error.verb },
      }),
    );
    throw new AppError('FORBIDDEN', VOLUNTEER_DENIED_MESSAGE);
  }
}

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
