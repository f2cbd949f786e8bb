import {
  accompanimentReports,
  appointments,
  appointmentVolunteers,
  matters,
  people,
  users,
  type DbOrTx,
} from '@umbrella/db';
import { instantToLondonLocal } from '@umbrella/domain';
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppointmentVolunteerView, AppointmentView } from './views.ts';

const acceptedBy = alias(users, 'accepted_by');

/** Soonest first: by start, then id (the order of appointments_starts_at_idx). */
export const SOONEST_FIRST = [asc(appointments.startsAt), asc(appointments.id)] as const;

/**
 * Still needs a volunteer: accompaniment needed, not cancelled, not yet ended, and no active volunteer has
 * accepted (asked but unanswered still counts, and so does one accepted by a volunteer since deactivated). In
 * SQL over `appointments`, for filters and counts.
 */
export function stillUnassigned(now: Date): SQL | undefined {
  return and(
    eq(appointments.accompanimentNeeded, true),
    eq(appointments.status, 'scheduled'),
    gt(appointments.endsAt, now),
    sql`not exists (select 1 from ${appointmentVolunteers} inner join ${users} ${acceptedBy} on ${acceptedBy.id} = ${appointmentVolunteers.userId} where ${appointmentVolunteers.appointmentId} = ${appointments.id} and ${appointmentVolunteers.status} = 'accepted' and ${acceptedBy.active})`,
  );
}

/** The volunteers asked for each appointment, in the order they were asked: one query. */
async function loadVolunteers(tx: DbOrTx, ids: string[]): Promise<Map<string, AppointmentVolunteerView[]>> {
  const byAppointment = new Map<string, AppointmentVolunteerView[]>();
  if (!ids.length) return byAppointment;
  const rows = await tx
    .select({
      appointmentId: appointmentVolunteers.appointmentId,
      id: users.id,
      displayName: users.displayName,
      active: users.active,
      status: appointmentVolunteers.status,
      declineReason: appointmentVolunteers.declineReason,
      respondedAt: appointmentVolunteers.respondedAt,
    })
    .from(appointmentVolunteers)
    .innerJoin(users, eq(users.id, appointmentVolunteers.userId))
    .where(inArray(appointmentVolunteers.appointmentId, ids))
    .orderBy(asc(appointmentVolunteers.createdAt), asc(users.displayName), asc(users.id));
  for (const { appointmentId, respondedAt, ...volunteer } of rows) {
    const list = byAppointment.get(appointmentId) ?? [];
    list.push({ ...volunteer, respondedAt: respondedAt?.toISOString() ?? null });
    byAppointment.set(appointmentId, list);
  }
  return byAppointment;
}

/** How many filed reports each appointment has: one grouped query. */
async function loadReportCounts(tx: DbOrTx, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ appointmentId: accompanimentReports.appointmentId, n: count() })
    .from(accompanimentReports)
    .where(and(inArray(accompanimentReports.appointmentId, ids), eq(accompanimentReports.status, 'filed')))
    .groupBy(accompanimentReports.appointmentId);
  return new Map(rows.map((r) => [r.appointmentId, Number(r.n)]));
}

/** Appointments matching `where` (over appointments joined to people), with volunteers and report counts. */
export async function loadAppointmentViews(
  tx: DbOrTx,
  where: SQL | undefined,
  options: { order: SQL[]; limit: number; now: Date },
): Promise<AppointmentView[]> {
  const rows = await tx
    .select({
      a: appointments,
      clientDisplayName: people.displayName,
      matterKind: matters.kind,
      createdBy: { id: users.id, displayName: users.displayName },
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .innerJoin(users, eq(users.id, appointments.createdById))
    .leftJoin(matters, eq(matters.id, appointments.matterId))
    .where(where)
    .orderBy(...options.order)
    .limit(options.limit);
  const ids = rows.map((r) => r.a.id);
  const volunteers = await loadVolunteers(tx, ids);
  const reports = await loadReportCounts(tx, ids);
  return rows.map(({ a, clientDisplayName, matterKind, createdBy }) => {
    const asked = volunteers.get(a.id) ?? [];
    return {
      id: a.id,
      version: a.version,
      personId: a.personId,
      clientDisplayName,
      caseId: a.caseId,
      matterId: a.matterId,
      matterKind,
      type: a.type,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      startsAtLocal: instantToLondonLocal(a.startsAt),
      endsAtLocal: instantToLondonLocal(a.endsAt),
      place: a.place,
      area: a.area,
      meetingPoint: a.meetingPoint,
      interpreterNeeded: a.interpreterNeeded,
      interpreterLanguage: a.interpreterLanguage,
      interpreterBooked: a.interpreterBooked,
      accompanimentNeeded: a.accompanimentNeeded,
      notesForVolunteer: a.notesForVolunteer,
      status: a.status,
      cancelledReason: a.cancelledReason,
      linkedMatterDate: a.linkedMatterDate,
      volunteers: asked,
      unassigned:
        a.accompanimentNeeded &&
        a.status === 'scheduled' &&
        a.endsAt > options.now &&
        !asked.some((v) => v.status === 'accepted' && v.active),
      reportsFiled: reports.get(a.id) ?? 0,
      createdBy,
    };
  });
}

/** One appointment as staff see it; it must exist (call after the record check). */
export async function loadAppointmentView(tx: DbOrTx, id: string, now: Date): Promise<AppointmentView> {
  const [view] = await loadAppointmentViews(tx, eq(appointments.id, id), {
    order: [...SOONEST_FIRST],
    limit: 1,
    now,
  });
  if (!view) throw new Error(`appointment ${id} vanished`);
  return view;
}
