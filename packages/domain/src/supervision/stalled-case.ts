import type { Jurisdiction } from '../deadlines/calendars/jurisdictions.ts';
import {
  deadlineOverdueFlag,
  missedAppointmentFlag,
  noActivityFlag,
  noKeyWorkerFlag,
  replyOverdueFlag,
  reviewDueFlag,
  stageOverdueFlag,
  type AwaitedReplyFacts,
  type CaseActivity,
  type CaseStatus,
  type MatterStageFacts,
  type OpenDeadlineFacts,
  type StallFlag,
} from './stall-rules.ts';
import type { StallThresholds } from './thresholds.ts';

/** Everything the stall rules need to know about one case; all days are `YYYY-MM-DD`. */
export interface CaseFacts {
  status: CaseStatus;
  openedOn: string;
  keyWorkerId: string | null;
  /** Default England and Wales, for working-day thresholds of matters that do not name their own. */
  jurisdiction?: Jurisdiction | null;
  activity: CaseActivity;
  /** Matters still open; a closed matter is never stalled. */
  matters: readonly MatterStageFacts[];
  openDeadlines: readonly OpenDeadlineFacts[];
  /** Replies still awaited, with the day each was due. */
  awaitedReplies: readonly AwaitedReplyFacts[];
  missedAppointmentsOn: readonly string[];
  lastReviewOn: string | null;
  nextReviewOn: string | null;
}

/** Every reason one case is stalled, in `STALL_REASONS` order (matters in the order given); none for a closed case. */
export function stallFlags(facts: CaseFacts, today: string, thresholds: StallThresholds): StallFlag[] {
  if (facts.status !== 'open') return [];
  const stageFlags = facts.matters.map((m) =>
    stageOverdueFlag({ ...m, jurisdiction: m.jurisdiction ?? facts.jurisdiction ?? null }, today, thresholds),
  );
  return [
    deadlineOverdueFlag(facts.openDeadlines, today),
    replyOverdueFlag(facts.awaitedReplies, today, thresholds),
    missedAppointmentFlag(facts, today),
    ...stageFlags,
    noActivityFlag(facts, today, thresholds),
    noKeyWorkerFlag(facts),
    reviewDueFlag(facts, today, thresholds),
  ].filter((f): f is StallFlag => f !== null);
}
