import type { MatterKind, ReviewDraft, StallFlag, StallReason, StallThresholds } from '@umbrella/domain';
import type { CommunicationView } from '../communications/communication-view.ts';
import type { PersonRef } from '../clients/views.ts';
import type { DeadlineView } from '../deadlines/deadline-view.ts';

/** One open case on the stalled-cases list: which reasons the set-based query found, and why, in words. */
export interface StalledCaseView {
  caseId: string;
  personId: string;
  /** The client's display name (never a legal name). */
  displayName: string;
  restricted: boolean;
  keyWorker: PersonRef | null;
  openedOn: string;
  /** The latest activity day (communication, note, stage change, appointment held, deadline met), if any. */
  lastActivityOn: string | null;
  /** Days since the last activity, or since the opening when there was none. */
  idleDays: number;
  /** Kinds of the case's open matters. */
  matterKinds: MatterKind[];
  /** From SQL, in STALL_REASONS order. */
  reasons: StallReason[];
  /** From the domain's rules over the same facts: one sentence per flag (a matter each for stage_overdue). */
  flags: StallFlag[];
}

export interface StalledCasesPage {
  today: string;
  items: StalledCaseView[];
  /** Cases matching every filter. */
  total: number;
  nextCursor: string | null;
  /** Cases per reason under the other filters (key worker, matter kind), for the reason filter's counts. */
  reasonCounts: Record<StallReason, number>;
}

/** One row of the caseload table: a member of staff, or (user null) the open cases without a key worker. */
export interface CaseloadRow {
  user: (PersonRef & { role: 'caseworker' | 'supervisor'; active: boolean }) | null;
  /** Open case files of clients they are key worker of. */
  openCases: number;
  stalledCases: number;
  /** Open deadlines past their due day, on those cases. */
  overdueDeadlines: number;
  /** Replies awaited more than the stall threshold past their reply-due day, on those cases. */
  repliesOverdue: number;
  /** The case that has gone longest without activity. */
  oldestUntouched: {
    caseId: string;
    personId: string;
    displayName: string;
    lastActivityOn: string | null;
    idleDays: number;
  } | null;
}

export interface Caseload {
  today: string;
  /** Every active caseworker and supervisor (with none, zeros), then any inactive one still holding cases. */
  rows: CaseloadRow[];
}

export interface OverdueTrendWeek {
  /** The Sunday the week ends on: counts are as they stood at the end of that day. */
  weekEnding: string;
  overdueDeadlines: number;
  repliesOverdue: number;
  /** Open cases with at least one of them. */
  cases: number;
}

export interface OverdueTrend {
  today: string;
  weeks: OverdueTrendWeek[];
}

/** A case with items overdue at the end of `on` (drill-down of one week of the trend). */
export interface OverdueAtCase {
  caseId: string;
  personId: string;
  displayName: string;
  keyWorker: PersonRef | null;
  overdueDeadlines: number;
  repliesOverdue: number;
}

export interface OverdueAtPage {
  on: string;
  items: OverdueAtCase[];
  total: number;
  nextCursor: string | null;
}

/** How long matters of one kind spent in each stage (stays that have ended), and how many sit there now. */
export interface StageDurationRow {
  stage: string;
  stageLabel: string;
  /** Completed stays counted. */
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
  longestDays: number | null;
  /** Open matters in this stage today. */
  currentlyIn: number;
}

export interface StageDurations {
  kind: MatterKind;
  /** In the stage machine's order; stages never entered are left out. */
  stages: StageDurationRow[];
}

/** One stay in a stage: a drill-down row of the stage-duration chart. */
export interface StageStayView {
  caseId: string;
  personId: string;
  displayName: string;
  matterId: string;
  enteredOn: string;
  /** Null while the matter is still in the stage. */
  leftOn: string | null;
  days: number;
}

export interface StageStaysPage {
  kind: MatterKind;
  stage: string;
  stageLabel: string;
  items: StageStayView[];
  total: number;
  nextCursor: string | null;
}

/** A supervision review as its readers see it (supervisors; the case's key worker and lead caseworker). */
export interface ReviewView {
  id: string;
  reviewedOn: string;
  reviewer: PersonRef;
  notes: string;
  nextReviewOn: string | null;
  /** The agreed actions: deadlines on the case. */
  actions: DeadlineView[];
  createdAt: string;
}

/** The supervision panel of a client's profile. */
export interface ClientSupervision {
  today: string;
  caseId: string;
  caseStatus: 'open' | 'closed';
  keyWorker: PersonRef | null;
  /** The domain's flags for the case today (empty for a closed case). */
  flags: StallFlag[];
  lastReviewOn: string | null;
  nextReviewOn: string | null;
  /** Whether the caller may read the review notes; when false `reviews` is empty. */
  canReadReviews: boolean;
  /** Whether the caller may record a review and reassign (supervisors). */
  canReview: boolean;
  /** Latest first, at most 50. */
  reviews: ReviewView[];
  /** The caller's own draft of a review of this case, as typed (supervisors only; never anyone else's). */
  draft: { values: ReviewDraft; savedAt: string } | null;
}

export interface ReassignResult {
  /** Clients whose key worker changed. */
  changed: number;
  /** Clients who already had that key worker (left as they were). */
  unchanged: number;
}

/** The week's due items of one caseworker or supervisor: their clients only (key worker or lead). */
export interface DigestView {
  today: string;
  weekStart: string;
  weekEnd: string;
  counts: {
    /** Open deadlines due this week (from Monday to Sunday). */
    deadlinesDue: number;
    /** Open deadlines already past their due day. */
    overdue: number;
    /** Replies awaited with a reply-due day this week, or before it. */
    repliesDue: number;
    /** Appointments this week on their clients. */
    appointments: number;
    /** Their cases with a supervision review due by the week's end. */
    reviewsDue: number;
    /** Supervisors only: stalled open cases in the organisation (null for caseworkers). */
    stalledCases: number | null;
  };
  deadlines: DeadlineView[];
  replies: CommunicationView[];
  appointments: {
    id: string;
    personId: string;
    clientDisplayName: string;
    startsAt: string;
    typeLabel: string;
  }[];
  reviewsDue: { caseId: string; personId: string; displayName: string; dueOn: string }[];
}

export interface StallSettings {
  thresholds: StallThresholds;
  /** Null while the defaults apply (nothing saved yet). */
  version: number | null;
}
