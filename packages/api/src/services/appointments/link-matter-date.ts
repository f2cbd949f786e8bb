import { asylumClaimDetails, socialServicesDetails, type DbOrTx } from '@umbrella/db';
import { londonDateOf, type AppointmentType, type MatterKind } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { AppointmentView } from './views.ts';

export type LinkedMatterDate = AppointmentView['linkedMatterDate'];

/**
 * The matter's own date this appointment is, when it is one: a tribunal hearing on the asylum matter's hearing
 * date, or a child protection conference on the social-services matter's initial or review conference date
 * (the London date of the start). Otherwise null.
 */
export async function linkedMatterDate(
  tx: DbOrTx,
  appointment: { type: AppointmentType; startsAt: Date },
  matter: { id: string; kind: MatterKind } | null,
): Promise<LinkedMatterDate> {
  if (!matter) return null;
  const day = londonDateOf(appointment.startsAt);
  if (appointment.type === 'tribunal_hearing' && matter.kind === 'asylum_claim') {
    const [details] = await tx
      .select({ hearingDate: asylumClaimDetails.hearingDate })
      .from(asylumClaimDetails)
      .where(eq(asylumClaimDetails.matterId, matter.id));
    return details?.hearingDate === day ? 'hearingDate' : null;
  }
  if (appointment.type === 'child_protection_conference' && matter.kind === 'social_services') {
    const [details] = await tx
      .select({
        initial: socialServicesDetails.initialConferenceDate,
        review: socialServicesDetails.reviewConferenceDate,
      })
      .from(socialServicesDetails)
      .where(eq(socialServicesDetails.matterId, matter.id));
    if (details?.initial === day) return 'initialConferenceDate';
    if (details?.review === day) return 'reviewConferenceDate';
  }
  return null;
}
