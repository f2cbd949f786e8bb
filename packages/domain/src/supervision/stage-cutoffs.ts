import { DEFAULT_JURISDICTION, type Jurisdiction } from '../deadlines/calendars/jurisdictions.ts';
import { isWorkingDayNumber } from '../deadlines/calendars/working-days.ts';
import { toDayNumber, toIsoDate, type DayNumber } from '../deadlines/iso-date.ts';
import { addCalendarDays } from '../deadlines/today.ts';
import type { MatterKind } from '../matters/kinds.ts';
import { lastUnflaggedDay } from './stall-rules.ts';
import type { StageThreshold, StallThresholds } from './thresholds.ts';

/** For one stage: a matter that entered it on or before `flaggedIfSinceOnOrBefore` is overdue there today. */
export interface StageCutoff {
  kind: MatterKind;
  stage: string;
  flaggedIfSinceOnOrBefore: string;
}

/**
 * The stage thresholds turned into plain dates for a set-based query: `stageOverdueFlag` flags a matter exactly
 * when its `stageSince` is on or before the cut-off, i.e. when the last unflagged day (`lastUnflaggedDay`) is
 * before today. Each unit is solved directly, in time that does not grow with the day count of the threshold:
 * - calendar days: the last unflagged day is `since + after`, so the cut-off is `today - after - 1`;
 * - working days: a matter is flagged once `after` working days have passed after `since` by yesterday, so the
 *   cut-off is the day before the `after`th working day counted back from yesterday;
 * - months: the last unflagged day only grows with `since` (31 Aug and 30 Aug + 6 months are both 28 Feb), so
 *   the latest flagged `since` is found by a binary search.
 */
export function stageFlagCutoffs(
  thresholds: StallThresholds,
  today: string,
  jurisdiction: Jurisdiction = DEFAULT_JURISDICTION,
): StageCutoff[] {
  return thresholds.stages.map((t) => ({
    kind: t.kind,
    stage: t.stage,
    flaggedIfSinceOnOrBefore: stageCutoff(t, today, jurisdiction),
  }));
}

function stageCutoff(t: StageThreshold, today: string, jurisdiction: Jurisdiction): string {
  const end = toDayNumber(today);
  if (t.unit === 'calendar_days') return toIsoDate(end - t.after - 1);
  if (t.unit === 'working_days') {
    let day = end;
    for (let counted = 0; counted < t.after;) {
      day -= 1;
      if (isWorkingDayNumber(day, jurisdiction)) counted += 1;
    }
    return toIsoDate(day - 1);
  }
  // A month is at most 31 days, so `after` months from `low` end before today: `low` is flagged. A matter
  // that entered the stage today is not (`after` is at least 1). The search keeps both so.
  const flagged = (day: DayNumber) => lastUnflaggedDay(toIsoDate(day), t, jurisdiction) < today;
  let low = end - 31 * t.after - 1;
  let high = end;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (flagged(middle)) low = middle;
    else high = middle;
  }
  return toIsoDate(low);
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
