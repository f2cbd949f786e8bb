import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  people,
  users,
  type DbOrTx,
} from '@umbrella/db';
import { asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FollowUpView } from '../appointments/views.ts';

const volunteer = alias(users, 'follow_up_volunteer');
const decider = alias(users, 'follow_up_decider');

/** Follow-ups matching `where` (over appointment_follow_ups joined to people), oldest first. */
export async function loadFollowUpViews(
  tx: DbOrTx,
  where: SQL | undefined,
  options: { limit: number; offset?: number },
): Promise<FollowUpView[]> {
  const rows = await tx
    .select({
      followUp: appointmentFollowUps,
      clientDisplayName: people.displayName,
      appointmentType: appointments.type,
      appointmentStartsAt: appointments.startsAt,
      volunteer: { id: volunteer.id, displayName: volunteer.displayName },
      decider: { id: decider.id, displayName: decider.displayName },
    })
    .from(appointmentFollowUps)
    .innerJoin(people, eq(people.id, appointmentFollowUps.personId))
    .innerJoin(appointments, eq(appointments.id, appointmentFollowUps.appointmentId))
    .innerJoin(accompanimentReports, eq(accompanimentReports.id, appointmentFollowUps.reportId))
    .innerJoin(volunteer, eq(volunteer.id, accompanimentReports.volunteerId))
    .leftJoin(decider, eq(decider.id, appointmentFollowUps.decidedById))
    .where(where)
    .orderBy(asc(appointmentFollowUps.createdAt), asc(appointmentFollowUps.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  return rows.map(({ followUp: f, ...r }) => ({
    id: f.id,
    version: f.version,
    reportId: f.reportId,
    appointmentId: f.appointmentId,
    appointmentType: r.appointmentType,
    appointmentStartsAt: r.appointmentStartsAt.toISOString(),
    personId: f.personId,
    clientDisplayName: r.clientDisplayName,
    volunteer: r.volunteer,
    description: f.description,
    suggestedDue: f.suggestedDue,
    state: f.state,
    deadlineId: f.deadlineId,
    dismissReason: f.dismissReason,
    decidedBy: r.decider,
    decidedAt: f.decidedAt?.toISOString() ?? null,
    createdAt: f.createdAt.toISOString(),
  }));
}
