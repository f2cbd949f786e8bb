import { DEFAULT_JURISDICTION, type Jurisdiction } from '../deadlines/calendars/jurisdictions.ts';
import { addCalendarDays } from '../deadlines/today.ts';
import type { MatterKind } from '../matters/kinds.ts';
import { lastUnflaggedDay } from './stall-rules.ts';
import type { StallThresholds } from './thresholds.ts';

/** For one stage: a matter that entered it on or before `flaggedIfSinceOnOrBefore` is overdue there today. */
export interface StageCutoff {
  kind: MatterKind;
  stage: string;
  flaggedIfSinceOnOrBefore: string;
}

/**
 * The stage thresholds turned into plain dates for a set-based query: `stageOverdueFlag` flags a matter exactly
 * when its `stageSince` is on or before the cut-off (the last unflagged day only grows with `since`, so the
 * latest flagged `since` is found by walking back from yesterday).
 */
export function stageFlagCutoffs(
  thresholds: StallThresholds,
  today: string,
  jurisdiction: Jurisdiction = DEFAULT_JURISDICTION,
): StageCutoff[] {
  return thresholds.stages.map((t) => {
    let since = addCalendarDays(today, -1);
    while (lastUnflaggedDay(since, t, jurisdiction) >= today) since = addCalendarDays(since, -1);
    return { kind: t.kind, stage: t.stage, flaggedIfSinceOnOrBefore: since };
  });
}

/** The other rules as cut-off dates, for the same query: each flags strictly before (or on) its date. */
export interface StallCutoffs {
  /** An open case whose latest activity (or, with none, its opening) is before this day has had none for too long. */
  inactiveIfLastActivityBefore: string;
  /** An awaited reply due before this day is more than `replyOverdueDays` late. */
  replyLateIfDueBefore: string;
  /** Without a planned next review: a last review (or opening) before this day means a review is due. */
  reviewDueIfLastBefore: string;
  /** A planned next review before this day is overdue; so is an open deadline due before it. */
  today: string;
  stages: StageCutoff[];
}

export function stallCutoffs(thresholds: StallThresholds, today: string): StallCutoffs {
  return {
    inactiveIfLastActivityBefore: addCalendarDays(today, -thresholds.inactivityDays),
    replyLateIfDueBefore: addCalendarDays(today, -thresholds.replyOverdueDays),
    reviewDueIfLastBefore: addCalendarDays(today, -thresholds.reviewIntervalDays),
    today,
    stages: stageFlagCutoffs(thresholds, today),
  };
}
