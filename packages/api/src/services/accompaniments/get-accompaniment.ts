import type { appointmentIdInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { VolunteerCardDetail } from '../appointments/views.ts';
import { loadVolunteerCardRow, toVolunteerCardDetail } from './volunteer-card.ts';
import { auditVolunteerRead, inVolunteerTransaction, reachAppointment } from './volunteer-reach.ts';

/** One accompaniment's card, with the volunteer's own draft of the report; refused (and audited) past reach. */
export async function getAccompaniment(
  ctx: StaffContext,
  input: z.infer<typeof appointmentIdInput>,
): Promise<VolunteerCardDetail> {
  return inVolunteerTransaction(ctx, async (tx) => {
    const { appointment } = await reachAppointment(tx, ctx, input.id, 'accompaniments.get');
    const row = await loadVolunteerCardRow(tx, ctx.cipher, ctx.session.user.id, appointment.id);
    await auditVolunteerRead(tx, ctx, { type: 'appointment', id: appointment.id }, [
      { appointmentId: appointment.id, personId: appointment.personId },
    ]);
    return toVolunteerCardDetail(row, ctx.now(), ctx.config.accompanimentReportWindowDays);
  });
}
