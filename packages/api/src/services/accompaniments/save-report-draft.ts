import { accompanimentReports, appendAudit } from '@umbrella/db';
import type { saveReportDraftInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { assertReportable } from './report-refusal.ts';
import { inVolunteerTransaction, reachAppointment } from './volunteer-reach.ts';

/**
 * Autosaves the half-written report as typed, so it survives a reload or another device. Only its writer
 * ever reads it back; the caseworker sees the report once filed. The first save is audited (not each
 * keystroke's autosave).
 */
export async function saveReportDraft(
  ctx: StaffContext,
  input: z.infer<typeof saveReportDraftInput>,
): Promise<{ savedAt: string }> {
  const now = ctx.now();
  return inVolunteerTransaction(ctx, async (tx) => {
    const reached = await reachAppointment(tx, ctx, input.appointmentId, 'accompaniments.save_draft', {
      lock: true,
    });
    assertReportable(reached, now);
    const draft = input.draft as Record<string, unknown>;
    if (reached.report) {
      await tx
        .update(accompanimentReports)
        .set({ draft, version: sql`${accompanimentReports.version} + 1`, updatedAt: now })
        .where(eq(accompanimentReports.id, reached.report.id));
      return { savedAt: now.toISOString() };
    }
    const [row] = await tx
      .insert(accompanimentReports)
      .values({
        appointmentId: reached.appointment.id,
        volunteerId: ctx.session.user.id,
        personId: reached.appointment.personId,
        status: 'draft',
        draft,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: accompanimentReports.id });
    if (!row) throw new Error('report insert returned nothing');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'accompaniments.draft_started',
      outcome: 'success',
      entityType: 'appointment',
      entityId: reached.appointment.id,
      requestId: ctx.meta.requestId,
      details: { reportId: row.id },
    });
    return { savedAt: now.toISOString() };
  });
}
