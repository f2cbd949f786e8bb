import type { AssignmentStatus } from './types.ts';

/** A day in milliseconds: for windows counted in whole days from an instant (not London calendar days). */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface VolunteerAssignmentFacts {
  /** The volunteer's assignment on the appointment, or null when they are not on it. */
  assignment: AssignmentStatus | null;
  endsAt: Date;
  cancelled: boolean;
}

export type VolunteerReach = 'allowed' | 'not_assigned' | 'declined' | 'window_closed';

/**
 * Whether a volunteer may open an appointment (DOMAIN.md §1: no more of a case than the appointment needs):
 * only one they were asked to accompany and have not declined, and only until `windowDays` after it ended,
 * the time they have to file the report.
 */
export function volunteerReach(
  facts: VolunteerAssignmentFacts,
  now: Date,
  windowDays: number,
): VolunteerReach {
  if (facts.assignment === null) return 'not_assigned';
  if (facts.assignment === 'declined') return 'declined';
  if (now.getTime() > facts.endsAt.getTime() + windowDays * DAY_MS) return 'window_closed';
  return 'allowed';
}

/** The last moment a volunteer can reach an appointment that ended at `endsAt`. */
export function reportWindowEnds(endsAt: Date, windowDays: number): Date {
  return new Date(endsAt.getTime() + windowDays * DAY_MS);
}

export type ReportRefusal = 'not_started' | 'not_accepted' | 'already_filed' | null;

/**
 * Whether the report can be filed (or its draft saved): only by a volunteer who accepted, once the
 * appointment has started (a cancelled one can be reported at once), and only once.
 */
export function reportRefusal(
  facts: { assignment: AssignmentStatus | null; startsAt: Date; cancelled: boolean; filed: boolean },
  now: Date,
): ReportRefusal {
  if (facts.filed) return 'already_filed';
  if (facts.assignment !== 'accepted') return 'not_accepted';
  if (!facts.cancelled && now.getTime() < facts.startsAt.getTime()) return 'not_started';
  return null;
}

export const REPORT_REFUSAL_MESSAGES: Record<Exclude<ReportRefusal, null>, string> = {
  not_started: 'This appointment has not happened yet: the report can be written once it has started.',
  not_accepted: 'Accept this accompaniment before writing its report.',
  already_filed: 'The report on this appointment has already been filed.',
};
