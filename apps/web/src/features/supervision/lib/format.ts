import {
  MATTER_KIND_LABELS,
  plural,
  stageLabel,
  stagePeriodText,
  type StageThreshold,
  type StallThresholds,
} from '@umbrella/domain';
import { formatCalendarDate } from '../../../lib/dates.ts';

/** 1 -> `1 day`, 3 -> `3 days`. */
export const daysText = (days: number): string => plural(days, 'day');

/** How long a case has gone without activity, and since when: "21 days since 2 Nov 2026". */
export function idleText(view: { idleDays: number; lastActivityOn: string | null; openedOn: string }): {
  days: string;
  since: string;
} {
  return {
    days: daysText(view.idleDays),
    since: view.lastActivityOn
      ? `Last activity ${formatCalendarDate(view.lastActivityOn)}`
      : `No activity since it opened on ${formatCalendarDate(view.openedOn)}`,
  };
}

/** "NRM referral, Referred: flagged after more than 10 working days (usually 5 (target))." */
export function stageThresholdText(t: StageThreshold): string {
  const usual = t.usual ? ` (${t.usual})` : '';
  return `${MATTER_KIND_LABELS[t.kind]}, ${stageLabel(t.kind, t.stage)}: more than ${stagePeriodText(t.after, t.unit)}${usual}.`;
}

/** The case-wide thresholds in words, one sentence each. */
export function thresholdSentences(t: StallThresholds): string[] {
  return [
    `No activity on an open case for more than ${daysText(t.inactivityDays)}.`,
    `A reply more than ${daysText(t.replyOverdueDays)} past the day it was due.`,
    `A supervision review due ${daysText(t.reviewIntervalDays)} after the last one (or after the case opened).`,
  ];
}

/** "Deadline overdue (4)": a reason in the filter with the cases it would show. */
export function countedLabel(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/** The count above a paged list: "12 stalled cases. 25 shown, more below." */
export function pagedCountText(
  total: number,
  shown: number,
  words: { one: string; many: string; none: string },
): string {
  if (total === 0) return words.none;
  // "9,781": thousands grouped, as written in the UK.
  const count = (n: number) => n.toLocaleString('en-GB');
  const head = `${count(total)} ${total === 1 ? words.one : words.many}.`;
  return shown < total ? `${head} ${count(shown)} shown, more below.` : head;
}

/** The label of a week on a chart's axis: the Sunday it ends on, "23 Nov". */
export function weekAxisLabel(weekEnding: string): string {
  return formatCalendarDate(weekEnding).replace(/ \d{4}$/, '');
}

/** "Week ending 23 Nov 2026". */
export function weekText(weekEnding: string): string {
  return `Week ending ${formatCalendarDate(weekEnding)}`;
}
