import type { MatterKind } from '@umbrella/domain';
import { addDays, at, type CaseArgs, type LargeContext, type LargeRows } from './large-rows.ts';
import type { SeededRandom } from './random.ts';
import { APPOINTMENT_PLACES, AREAS } from './words.ts';

const APPOINTMENT_TYPES: Record<MatterKind, readonly (keyof typeof APPOINTMENT_PLACES)[]> = {
  police_report: ['police_interview', 'solicitor', 'medical'],
  nrm_referral: ['solicitor', 'medical', 'other'],
  asylum_claim: ['home_office_reporting', 'asylum_interview', 'solicitor', 'tribunal_hearing'],
  social_services: ['social_services_meeting', 'child_protection_conference'],
};

/** A few appointments a case, some still to come, some with a volunteer. */
export function addAppointments(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
  caseMatters: readonly { id: string; kind: MatterKind }[],
  length: number,
): void {
  const count = random.weighted([
    [0, 25],
    [1, 35],
    [2, 20],
    [3, 12],
    [5, 8],
  ] as const);
  for (let i = 0; i < count; i++) {
    const matter = random.pick(caseMatters);
    const type = random.pick(APPOINTMENT_TYPES[matter.kind]);
    // One in ten of an open case's appointments is still to come, within the next two months.
    const upcoming = !a.closed && random.chance(0.1);
    const day = upcoming ? addDays(ctx.anchor, random.int(1, 60)) : addDays(a.opened, random.int(0, length));
    const startsAt = new Date(at(day, random.int(9, 15)).getTime() + random.pick([0, 30]) * 60_000);
    const id = random.uuid();
    const cancelled = random.chance(0.08);
    rows.appointments.push({
      id,
      personId: a.personId,
      caseId,
      matterId: matter.id,
      type,
      startsAt,
      endsAt: new Date(startsAt.getTime() + random.pick([60, 90, 120]) * 60_000),
      place: APPOINTMENT_PLACES[type],
      area: random.pick(AREAS),
      interpreterNeeded: random.chance(0.4),
      accompanimentNeeded: random.chance(0.7),
      status: cancelled ? 'cancelled' : 'scheduled',
      cancelledReason: cancelled ? 'Rearranged by the agency.' : null,
      cancelledAt: cancelled ? at(day, 8) : null,
      createdById: a.worker.id,
      createdAt: at(addDays(day, -random.int(3, 20))),
      updatedAt: at(addDays(day, -random.int(0, 2))),
    });
    if (ctx.volunteers.length > 0 && random.chance(0.3)) {
      rows.volunteers.push({
        appointmentId: id,
        userId: random.pick(ctx.volunteers),
        status: random.chance(0.85) ? 'accepted' : 'offered',
        assignedById: a.worker.id,
      });
    }
  }
}
