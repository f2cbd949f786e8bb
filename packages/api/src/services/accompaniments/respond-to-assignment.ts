import { appendAudit, appointmentVolunteers } from '@umbrella/db';
import { ANSWER_REFUSAL_MESSAGES, answerRefusal, type respondToAssignmentInput } from '@umbrella/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import type { VolunteerCard } from '../appointments/views.ts';
import { loadVolunteerCardRow, toVolunteerCard } from './volunteer-card.ts';
import { auditVolunteerRead, inVolunteerTransaction, reachAppointment } from './volunteer-reach.ts';

/**
 * The volunteer accepts or declines being asked. Declining after accepting is allowed only before the start
 * (after that the caseworker must hear it by phone); accepting only until the end (an accepted one stays
 * accepted). A declined appointment leaves the volunteer's view. Giving the answer already given changes
 * nothing and is audited as a read of the card it returns.
 */
export async function respondToAssignment(
  ctx: StaffContext,
  input: z.infer<typeof respondToAssignmentInput>,
): Promise<VolunteerCard> {
  const now = ctx.now();
  const windowDays = ctx.config.accompanimentReportWindowDays;
  return inVolunteerTransaction(ctx, async (tx) => {
    const { appointment, assignment } = await reachAppointment(
      tx,
      ctx,
      input.appointmentId,
      'accompaniments.respond',
      { lock: true },
    );
    const status = input.answer === 'accept' ? 'accepted' : 'declined';
    const refusal = answerRefusal(
      input.answer,
      {
        assignment: assignment.status,
        cancelled: appointment.status === 'cancelled',
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
      },
      now,
    );
    if (refusal) throw badRequest('answer', ANSWER_REFUSAL_MESSAGES[refusal]);
    if (assignment.status === status) {
      await auditVolunteerRead(tx, ctx, { type: 'appointment', id: appointment.id }, [
        { appointmentId: appointment.id, personId: appointment.personId },
      ]);
    } else {
      await tx
        .update(appointmentVolunteers)
        .set({
          status,
          declineReason: status === 'declined' ? input.reason : null,
          respondedAt: now,
          version: sql`${appointmentVolunteers.version} + 1`,
          updatedAt: now,
        })
        .where(eq(appointmentVolunteers.id, assignment.id));
      await appendAudit(tx, {
        actorUserId: ctx.session.user.id,
        action: 'accompaniments.respond',
        outcome: 'success',
        entityType: 'appointment',
        entityId: appointment.id,
        requestId: ctx.meta.requestId,
        details: { answer: input.answer, from: assignment.status, reasonGiven: input.reason !== null },
      });
    }
    const row = await loadVolunteerCardRow(tx, ctx.cipher, ctx.session.user.id, appointment.id);
    return toVolunteerCard(row, now, windowDays);
  });
}
