import { accompanimentReports, appointments, deadlines, users } from '@umbrella/db';
import { formatDate, type confirmFollowUpInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { decideFollowUp } from './load-follow-up.ts';
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
  return inClientTransaction(ctx, (tx) =>
    decideFollowUp(tx, ctx, input, 'appointments.confirm_follow_up', now, async ({ person, followUp }) => {
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
      return { state: 'confirmed', deadlineId: deadline.id };
    }),
  );
}
