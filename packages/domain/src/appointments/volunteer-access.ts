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

export type AnswerRefusal = 'cancelled' | 'ended' | 'started' | null;

/**
 * Whether a volunteer may give this answer now: accepting until the appointment is over (not a cancelled
 * one); declining, or withdrawing after accepting, until it starts (after that the caseworker must hear it
 * by phone). Giving the answer already given is no change and never refused.
 */
export function answerRefusal(
  answer: 'accept' | 'decline',
  facts: { assignment: AssignmentStatus; cancelled: boolean; startsAt: Date; endsAt: Date },
  now: Date,
): AnswerRefusal {
  if (answer === 'accept') {
    if (facts.assignment === 'accepted') return null;
    if (facts.cancelled) return 'cancelled';
    return now.getTime() >= facts.endsAt.getTime() ? 'ended' : null;
  }
  if (facts.assignment === 'accepted' && now.getTime() >= facts.startsAt.getTime()) return 'started';
  return null;
}

export const ANSWER_REFUSAL_MESSAGES: Record<Exclude<AnswerRefusal, null>, string> = {
  cancelled: 'This appointment has been cancelled: there is nothing to accept.',
  ended: 'This appointment is over: it can no longer be accepted. Call the caseworker if you went.',
  started:
    'This appointment has already started, so it can no longer be declined here. Call the caseworker instead.',
};
