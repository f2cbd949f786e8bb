import { accompanimentReports, appointmentFollowUps, timelineEvents } from '@umbrella/db';
import {
  ACCOMPANIMENT_CONCERN_LABELS,
  ACCOMPANIMENT_OUTCOME_LABELS,
  APPOINTMENT_TYPE_LABELS,
  londonDateOf,
  type AccompanimentReport,
  type AppointmentType,
  type fileReportInput,
} from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { auditClientChange } from '../access/client-record.ts';
import { assertReportable } from './report-refusal.ts';
import { inVolunteerTransaction, reachAppointment } from './volunteer-reach.ts';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The line the client's timeline shows: "Police interview or statement: attended. Concerns: threatened with
 * arrest. 1 follow-up." Labels only, none of the volunteer's free text.
 */
export function reportTimelineNote(type: AppointmentType, report: AccompanimentReport): string {
  const parts = [
    `${APPOINTMENT_TYPE_LABELS[type]}: ${lowerFirst(ACCOMPANIMENT_OUTCOME_LABELS[report.outcome])}.`,
  ];
  if (report.concerns.length) {
    parts.push(
      `Concerns: ${report.concerns.map((c) => lowerFirst(ACCOMPANIMENT_CONCERN_LABELS[c])).join(', ')}.`,
    );
  }
  const n = report.followUps.length;
  if (n) parts.push(`${n} follow-up${n === 1 ? '' : 's'}.`);
  return parts.join(' ');
}

/**
 * Files the volunteer's report: the report itself (its draft cleared), a line on the client's timeline and
 * each follow-up proposed to the caseworker, in one transaction. Refused before the start, unaccepted, or
 * filed already, with nothing written.
 */
export async function fileReport(
  ctx: StaffContext,
  input: z.infer<typeof fileReportInput>,
): Promise<{ filedAt: string; followUps: number }> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  const report = input.report;
  return inVolunteerTransaction(ctx, async (tx) => {
    const reached = await reachAppointment(tx, ctx, input.appointmentId, 'accompaniments.file_report', {
      lock: true,
    });
    assertReportable(reached, now);
    const { appointment } = reached;
    const fields = {
      status: 'filed' as const,
      draft: null,
      outcome: report.outcome,
      present: report.present,
      presentOther: report.presentOther,
      treatment: report.treatment,
      concerns: report.concerns,
      concernDetails: report.concernDetails,
      promised: report.promised,
      promisedDates: report.promisedDates,
      minutesSpent: report.minutesSpent,
      filedAt: now,
      updatedAt: now,
    };
    const [row] = reached.report
      ? await tx
          .update(accompanimentReports)
          .set({ ...fields, version: sql`${accompanimentReports.version} + 1` })
          .where(eq(accompanimentReports.id, reached.report.id))
          .returning({ id: accompanimentReports.id })
      : await tx
          .insert(accompanimentReports)
          .values({
            ...fields,
            appointmentId: appointment.id,
            volunteerId: userId,
            personId: appointment.personId,
            createdAt: now,
          })
          .returning({ id: accompanimentReports.id });
    if (!row) throw new Error('report write returned nothing');
    await tx.insert(timelineEvents).values({
      personId: appointment.personId,
      caseId: appointment.caseId,
      matterId: appointment.matterId,
      kind: 'accompaniment_report',
      appointmentId: appointment.id,
      occurredOn: londonDateOf(appointment.startsAt),
      recordedById: userId,
      note: reportTimelineNote(appointment.type, report),
      details: { reportId: row.id, outcome: report.outcome, concerns: report.concerns },
      createdAt: now,
      updatedAt: now,
    });
    if (report.followUps.length) {
      await tx.insert(appointmentFollowUps).values(
        // A millisecond apart, so they list in the order the volunteer wrote them.
        report.followUps.map((f, i) => ({
          reportId: row.id,
          appointmentId: appointment.id,
          personId: appointment.personId,
          caseId: appointment.caseId,
          description: f.description,
          suggestedDue: f.suggestedDue,
          createdAt: new Date(now.getTime() + i),
          updatedAt: now,
        })),
      );
    }
    await auditClientChange(tx, ctx, 'accompaniments.file_report', appointment.personId, {
      appointmentId: appointment.id,
      reportId: row.id,
      outcome: report.outcome,
      concerns: report.concerns.length,
      followUps: report.followUps.length,
    });
    return { filedAt: now.toISOString(), followUps: report.followUps.length };
  });
}
