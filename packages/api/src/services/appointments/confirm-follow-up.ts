import { accompanimentReports, appointmentFollowUps, appointments, deadlines, users } from '@umbrella/db';
import { formatDate, type confirmFollowUpInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditClientChange, inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadFollowUpView, openFollowUpToDecide } from './load-follow-up.ts';
import type { FollowUpView } from './views.ts';

/**
 * Turns a follow-up a volunteer named into a deadline on the case (a date set by hand, with the caseworker's
 * title), in the same transaction that marks it confirmed.
 */
export async function confirmFollowUp(
  ctx: StaffContext,
  input: z.infer<typeof confirmFollowUpInput>,
): Promise<FollowUpView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const { person, followUp } = await openFollowUpToDecide(tx, ctx, input, 'appointments.confirm_follow_up');
    const [source] = await tx
      .select({
        caseId: appointments.caseId,
        matterId: appointments.matterId,
        startsAt: appointments.startsAt,
        volunteerName: users.displayName,
      })
      .from(appointments)
      .innerJoin(accompanimentReports, eq(accompanimentReports.id, followUp.reportId))
      .innerJoin(users, eq(users.id, accompanimentReports.volunteerId))
      .where(eq(appointments.id, followUp.appointmentId))
      .limit(1);
    if (!source) throw new Error(`follow-up ${followUp.id} has no appointment or report`);
    const [deadline] = await tx
      .insert(deadlines)
      .values({
        personId: person.id,
        caseId: source.caseId,
        matterId: source.matterId,
        source: 'manual',
        ruleId: null,
        due: input.due,
        title: input.title,
        explanation: `Follow-up from the accompaniment report of ${formatDate(source.startsAt)} by ${source.volunteerName}: ${followUp.description}`,
        certainty: 'practice',
        createdById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: deadlines.id });
    if (!deadline) throw new Error('deadline insert returned nothing');
    const [row] = await tx
      .update(appointmentFollowUps)
      .set({
        state: 'confirmed',
        deadlineId: deadline.id,
        decidedById: ctx.session.user.id,
        decidedAt: now,
        version: sql`${appointmentFollowUps.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(appointmentFollowUps.id, followUp.id), eq(appointmentFollowUps.version, input.version)))
      .returning({ id: appointmentFollowUps.id });
    if (!row) throw await staleOrMissing(tx, appointmentFollowUps, input.id, 'follow-up');
    await auditClientChange(tx, ctx, 'appointments.confirm_follow_up', person.id, {
      followUpId: followUp.id,
      appointmentId: followUp.appointmentId,
      deadlineId: deadline.id,
    });
    return loadFollowUpView(tx, followUp.id);
  });
}
