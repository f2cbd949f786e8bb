import { plural } from '../common/words.ts';
import { formatDay } from '../dates/format.ts';
import { DEFAULT_JURISDICTION, type Jurisdiction } from '../deadlines/calendars/jurisdictions.ts';
import { addWorkingDays, isWorkingDayNumber } from '../deadlines/calendars/working-days.ts';
import { addMonths, toDayNumber, toIsoDate } from '../deadlines/iso-date.ts';
import { daysBetween } from '../deadlines/today.ts';
import { STAGE_MACHINES, type MatterKind } from '../matters/kinds.ts';
import { CLOSED } from '../matters/stage-machine.ts';
import {
  stagePeriodText,
  stageThresholdFor,
  type StageThreshold,
  type StallThresholds,
} from './thresholds.ts';

/** Why a case is flagged as stalled, in the order a supervisor sees them. */
export const STALL_REASONS = [
  'deadline_overdue',
  'reply_overdue',
  'missed_appointment_without_follow_up',
  'stage_overdue',
  'no_activity',
  'no_key_worker',
  'review_due',
] as const;
export type StallReason = (typeof STALL_REASONS)[number];

export const STALL_REASON_LABELS: Record<StallReason, string> = {
  deadline_overdue: 'Deadline overdue',
  reply_overdue: 'Reply overdue',
  missed_appointment_without_follow_up: 'Missed appointment not followed up',
  stage_overdue: 'Longer than usual in a stage',
  no_activity: 'No activity',
  no_key_worker: 'No key worker',
  review_due: 'Supervision review due',
};

export interface StallFlag {
  reason: StallReason;
  /** Plain British English saying why, with dates like 23 Nov 2026. */
  sentence: string;
}

export type CaseStatus = 'open' | 'closed';

/**
 * The latest day (`YYYY-MM-DD`) of each kind of activity on a case, null when there has been none.
 * Appointments are those that took place; a missed one is not activity.
 */
export interface CaseActivity {
  lastCommunicationOn: string | null;
  lastNoteOn: string | null;
  lastStageChangeOn: string | null;
  lastAppointmentOn: string | null;
  lastDeadlineMetOn: string | null;
}

export interface NoActivityFacts {
  status: CaseStatus;
  openedOn: string;
  activity: CaseActivity;
}

export interface MatterStageFacts {
  kind: MatterKind;
  stage: string;
  /** The day the matter entered its current stage (the event's own date). */
  stageSince: string;
  /** Default England and Wales: decides which bank holidays are not working days. */
  jurisdiction?: Jurisdiction | null;
}

export interface OpenDeadlineFacts {
  title: string;
  due: string;
}

export interface AwaitedReplyFacts {
  /** Who the reply is expected from, e.g. "Home Office"; null when not recorded. */
  from: string | null;
  /** What was sent, e.g. the letter's subject. */
  subject: string;
  due: string;
}

export interface MissedAppointmentFacts {
  status: CaseStatus;
  /** Days of appointments the client did not attend. */
  missedAppointmentsOn: readonly string[];
  activity: CaseActivity;
}

export interface KeyWorkerFacts {
  status: CaseStatus;
  openedOn: string;
  keyWorkerId: string | null;
}

export interface ReviewFacts {
  status: CaseStatus;
  openedOn: string;
  lastReviewOn: string | null;
  /** Set by the supervisor at the last review; when set it decides alone. */
  nextReviewOn: string | null;
}

const days = (n: number) => plural(n, 'day');
const quoted = (text: string) => `“${text}”`;

/** The latest of the activity days that are not after `today` (a day in the future is not activity yet). */
export function lastActivityOn(activity: CaseActivity, today: string): string | null {
  const dates = [
    activity.lastCommunicationOn,
    activity.lastNoteOn,
    activity.lastStageChangeOn,
    activity.lastAppointmentOn,
    activity.lastDeadlineMetOn,
  ].filter((d): d is string => d !== null && d <= today);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

/** No activity on an open case for more than `inactivityDays`; with none ever, counted from the opening. */
export function noActivityFlag(
  facts: NoActivityFacts,
  today: string,
  thresholds: StallThresholds,
): StallFlag | null {
  if (facts.status !== 'open') return null;
  const last = lastActivityOn(facts.activity, today);
  const since = last ?? facts.openedOn;
  const idle = daysBetween(since, today);
  if (idle <= thresholds.inactivityDays) return null;
  const from = last ? `since ${formatDay(since)}` : `since the case was opened on ${formatDay(since)}`;
  return {
    reason: 'no_activity',
    sentence: `No letter, note, stage change or appointment for ${days(idle)} (${from}).`,
  };
}

/** Working days after `since` up to and including `today` (`since` itself never counts). */
function workingDaysElapsed(since: string, today: string, jurisdiction: Jurisdiction): number {
  let count = 0;
  for (let d = toDayNumber(since) + 1; d <= toDayNumber(today); d += 1) {
    if (isWorkingDayNumber(d, jurisdiction)) count += 1;
  }
  return count;
}

/** "6 months", "6 months and 1 day": whole months from `since` (31 Aug + 6 months = 28 Feb), then days. */
function monthsElapsed(since: string, today: string): string {
  const start = toDayNumber(since);
  const end = toDayNumber(today);
  let months = 0;
  while (addMonths(start, months + 1).due <= end) months += 1;
  const rest = end - addMonths(start, months).due;
  const whole = plural(months, 'month');
  if (months === 0) return days(rest);
  return rest === 0 ? whole : `${whole} and ${days(rest)}`;
}

/** The last day a matter may sit in the stage without being flagged. */
export function lastUnflaggedDay(since: string, t: StageThreshold, jurisdiction: Jurisdiction): string {
  const start = toDayNumber(since);
  if (t.unit === 'working_days') return toIsoDate(addWorkingDays(start, t.after, jurisdiction).due);
  if (t.unit === 'months') return toIsoDate(addMonths(start, t.after).due);
  return toIsoDate(start + t.after);
}

function elapsedPhrase(since: string, today: string, t: StageThreshold, jurisdiction: Jurisdiction): string {
  if (t.unit === 'working_days') return plural(workingDaysElapsed(since, today, jurisdiction), 'working day');
  if (t.unit === 'months') return monthsElapsed(since, today);
  return days(daysBetween(since, today));
}

/** A matter in its current stage for longer than that stage's threshold; stages without one are never flagged. */
export function stageOverdueFlag(
  matter: MatterStageFacts,
  today: string,
  thresholds: StallThresholds,
): StallFlag | null {
  if (matter.stage === CLOSED) return null;
  if (!(STAGE_MACHINES[matter.kind].stages as readonly string[]).includes(matter.stage)) return null;
  const t = stageThresholdFor(thresholds, matter.kind, matter.stage);
  if (!t) return null;
  const jurisdiction = matter.jurisdiction ?? DEFAULT_JURISDICTION;
  if (today <= lastUnflaggedDay(matter.stageSince, t, jurisdiction)) return null;
  const elapsed = elapsedPhrase(matter.stageSince, today, t, jurisdiction);
  const flagged = `flagged after ${stagePeriodText(t.after, t.unit)}`;
  return {
    reason: 'stage_overdue',
    sentence: `${t.waiting} for ${elapsed} (since ${formatDay(matter.stageSince)}); ${t.usual ? `${t.usual} — ${flagged}` : flagged}.`,
  };
}

/** Any open deadline whose due day has passed (a deadline due today is not yet overdue). */
export function deadlineOverdueFlag(
  openDeadlines: readonly OpenDeadlineFacts[],
  today: string,
): StallFlag | null {
  const overdue = openDeadlines.filter((d) => d.due < today).sort((a, b) => a.due.localeCompare(b.due));
  const oldest = overdue[0];
  if (!oldest) return null;
  const late = days(daysBetween(oldest.due, today));
  const sentence =
    overdue.length === 1
      ? `The deadline ${quoted(oldest.title)} was due on ${formatDay(oldest.due)} and is ${late} overdue.`
      : `${overdue.length} deadlines are overdue; the oldest, ${quoted(oldest.title)}, was due on ${formatDay(oldest.due)} (${late} ago).`;
  return { reason: 'deadline_overdue', sentence };
}

/** A reply more than `replyOverdueDays` calendar days past the day it was due. */
export function replyOverdueFlag(
  awaitedReplies: readonly AwaitedReplyFacts[],
  today: string,
  thresholds: StallThresholds,
): StallFlag | null {
  const late = awaitedReplies
    .filter((r) => daysBetween(r.due, today) > thresholds.replyOverdueDays)
    .sort((a, b) => a.due.localeCompare(b.due));
  const oldest = late[0];
  if (!oldest) return null;
  const what = `${oldest.from ? `from ${oldest.from} ` : ''}about ${quoted(oldest.subject)}`;
  const by = days(daysBetween(oldest.due, today));
  const rule = `flagged when more than ${days(thresholds.replyOverdueDays)} late`;
  const sentence =
    late.length === 1
      ? `The reply ${what} was due on ${formatDay(oldest.due)} and is ${by} late; ${rule}.`
      : `${late.length} replies are late; the oldest, ${what}, was due on ${formatDay(oldest.due)} (${by} ago); ${rule}.`;
  return { reason: 'reply_overdue', sentence };
}

/**
 * An appointment the client missed, before today, with no activity on a later day: a call or letter on the
 * same day cannot be told apart from what came before the appointment, so only later days count.
 */
export function missedAppointmentFlag(facts: MissedAppointmentFacts, today: string): StallFlag | null {
  if (facts.status !== 'open') return null;
  const last = lastActivityOn(facts.activity, today);
  const unfollowed = facts.missedAppointmentsOn
    .filter((on) => on < today && (last === null || last <= on))
    .sort();
  const first = unfollowed[0];
  if (!first) return null;
  const more = unfollowed.length > 1 ? ` (and ${plural(unfollowed.length - 1, 'later one')} since)` : '';
  return {
    reason: 'missed_appointment_without_follow_up',
    sentence: `The client missed the appointment on ${formatDay(first)}${more} and nothing has been recorded since (${days(daysBetween(first, today))}).`,
  };
}

export function noKeyWorkerFlag(facts: KeyWorkerFacts): StallFlag | null {
  if (facts.status !== 'open' || facts.keyWorkerId !== null) return null;
  return {
    reason: 'no_key_worker',
    sentence: `No key worker for this open case (opened ${formatDay(facts.openedOn)}).`,
  };
}

/**
 * A supervision review is due when the next-review day set at the last review has passed; without one, when the
 * last review (or, never reviewed, the case's opening) is more than `reviewIntervalDays` ago.
 */
export function reviewDueFlag(
  facts: ReviewFacts,
  today: string,
  thresholds: StallThresholds,
): StallFlag | null {
  if (facts.status !== 'open') return null;
  if (facts.nextReviewOn) {
    if (facts.nextReviewOn >= today) return null;
    return {
      reason: 'review_due',
      sentence: `The supervision review planned for ${formatDay(facts.nextReviewOn)} is ${days(daysBetween(facts.nextReviewOn, today))} overdue.`,
    };
  }
  const since = facts.lastReviewOn ?? facts.openedOn;
  const elapsed = daysBetween(since, today);
  if (elapsed <= thresholds.reviewIntervalDays) return null;
  const every = `reviews are due every ${days(thresholds.reviewIntervalDays)}`;
  const sentence = facts.lastReviewOn
    ? `Last supervision review on ${formatDay(since)}, ${days(elapsed)} ago; ${every}.`
    : `No supervision review since the case was opened on ${formatDay(since)}, ${days(elapsed)} ago; ${every}.`;
  return { reason: 'review_due', sentence };
}
