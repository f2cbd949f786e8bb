import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  people,
  users,
  type DbOrTx,
} from '@umbrella/db';
import type { AccompanimentConcern, PresentRole } from '@umbrella/domain';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AccompanimentReportView, ReportSummary } from '../appointments/views.ts';

/** Only filed reports ever reach staff: a draft is its volunteer's alone. */
const filed = eq(accompanimentReports.status, 'filed');

function filedAtOf(value: Date | null): string {
  if (!value) throw new Error('a filed report has no filing time');
  return value.toISOString();
}

/** Filed reports matching `where` (over accompaniment_reports), in full. */
export async function loadReportViews(
  tx: DbOrTx,
  where: SQL | undefined,
): Promise<AccompanimentReportView[]> {
  const rows = await tx
    .select({ report: accompanimentReports, volunteer: { id: users.id, displayName: users.displayName } })
    .from(accompanimentReports)
    .innerJoin(users, eq(users.id, accompanimentReports.volunteerId))
    .where(and(filed, where))
    .orderBy(asc(accompanimentReports.filedAt), asc(accompanimentReports.id));
  return rows.map(({ report: r, volunteer }) => {
    if (!r.outcome) throw new Error('a filed report has no outcome');
    return {
      id: r.id,
      appointmentId: r.appointmentId,
      volunteer,
      outcome: r.outcome,
      present: r.present as PresentRole[],
      presentOther: r.presentOther,
      treatment: r.treatment,
      concerns: r.concerns as AccompanimentConcern[],
      concernDetails: r.concernDetails,
      promised: r.promised,
      promisedDates: r.promisedDates,
      minutesSpent: r.minutesSpent ?? 0,
      filedAt: filedAtOf(r.filedAt),
    };
  });
}

/** Filed reports matching `where` (over accompaniment_reports joined to people), as My work lists them. */
export async function loadReportSummaries(
  tx: DbOrTx,
  where: SQL | undefined,
  options: { limit: number },
): Promise<ReportSummary[]> {
  const rows = await tx
    .select({
      id: accompanimentReports.id,
      appointmentId: accompanimentReports.appointmentId,
      personId: accompanimentReports.personId,
      clientDisplayName: people.displayName,
      appointmentType: appointments.type,
      appointmentStartsAt: appointments.startsAt,
      volunteer: { id: users.id, displayName: users.displayName },
      outcome: accompanimentReports.outcome,
      concerns: accompanimentReports.concerns,
      filedAt: accompanimentReports.filedAt,
      followUps: sql<number>`(select count(*) from ${appointmentFollowUps} where ${appointmentFollowUps.reportId} = ${accompanimentReports.id})`,
    })
    .from(accompanimentReports)
    .innerJoin(people, eq(people.id, accompanimentReports.personId))
    .innerJoin(appointments, eq(appointments.id, accompanimentReports.appointmentId))
    .innerJoin(users, eq(users.id, accompanimentReports.volunteerId))
    .where(and(filed, where))
    .orderBy(desc(accompanimentReports.filedAt), desc(accompanimentReports.id))
    .limit(options.limit);
  return rows.map((r) => {
    if (!r.outcome) throw new Error('a filed report has no outcome');
    return {
      reportId: r.id,
      appointmentId: r.appointmentId,
      personId: r.personId,
      clientDisplayName: r.clientDisplayName,
      appointmentType: r.appointmentType,
      appointmentStartsAt: r.appointmentStartsAt.toISOString(),
      volunteer: r.volunteer,
      outcome: r.outcome,
      concerns: r.concerns as AccompanimentConcern[],
      filedAt: filedAtOf(r.filedAt),
      followUpsProposed: Number(r.followUps),
    };
  });
}
