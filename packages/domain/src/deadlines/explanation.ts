import { bankHolidayOn, LAST_PUBLISHED_BANK_HOLIDAY_YEAR } from './calendars/bank-holidays.ts';
import { JURISDICTION_LABELS, type Jurisdiction } from './calendars/jurisdictions.ts';
import {
  formatLongDate,
  formatShortDate,
  fromDayNumber,
  isWeekend,
  monthAbbreviation,
  weekdayName,
  type DayNumber,
  type YearMonthDay,
} from './iso-date.ts';
import type { DeadlineRule, PeriodUnit } from './rules.ts';

/** Everything the engine worked out, for the sentence that explains it. */
export interface DeadlineWorking {
  rule: DeadlineRule;
  period: number;
  jurisdiction: Jurisdiction;
  trigger: DayNumber;
  /** The end of the period before any roll. */
  end: DayNumber;
  due: DayNumber;
  clampedFrom: YearMonthDay | null;
  skippedHolidays: readonly DayNumber[];
  /** Years after the published list whose computed bank holidays the result depends on. */
  unpublishedYears: readonly number[];
}

const UNIT_WORDS: Record<PeriodUnit, [string, string]> = {
  calendar_days: ['calendar day', 'calendar days'],
  working_days: ['working day', 'working days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

export function periodPhrase(period: number, unit: PeriodUnit): string {
  const [one, many] = UNIT_WORDS[unit];
  return `${period} ${period === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a Saturday", "a bank holiday (Easter Monday)", or null for a working day. */
export function nonWorkingReason(day: DayNumber, jurisdiction: Jurisdiction): string | null {
  if (isWeekend(day)) return `a ${weekdayName(day)}`;
  const holiday = bankHolidayOn(day, jurisdiction);
  if (!holiday) return null;
  return `a bank holiday (${holiday.substitute ? `the substitute day for ${holiday.holiday}` : holiday.name})`;
}

function skippedNote(w: DeadlineWorking): string {
  if (w.skippedHolidays.length === 0) return '';
  const triggerYear = fromDayNumber(w.trigger).year;
  const days = w.skippedHolidays.map((d) =>
    fromDayNumber(d).year === triggerYear ? formatShortDate(d) : formatLongDate(d),
  );
  const what = days.length === 1 ? 'a bank holiday' : 'bank holidays';
  return ` (not counting ${list(days)}, ${what})`;
}

function clampNote(clampedFrom: YearMonthDay | null): string {
  if (!clampedFrom) return '';
  if (clampedFrom.month === 2 && clampedFrom.day === 29) return ` (${clampedFrom.year} has no 29 Feb)`;
  return ` (there is no ${clampedFrom.day} ${monthAbbreviation(clampedFrom.month)})`;
}

function endingClause(w: DeadlineWorking): string {
  const reason = nonWorkingReason(w.end, w.jurisdiction);
  if (!reason) return '';
  if (w.due === w.end) return `, ${reason}; this period ends on that day all the same`;
  const direction = w.due > w.end ? 'next' : 'previous';
  const moved = `, ${reason}, so the ${direction} working day: ${formatLongDate(w.due)}`;
  if (!w.rule.rollUncertain) return moved;
  return (
    `${moved} (uncertain: the tribunal's rules may not move a time limit that ends on a weekend or bank ` +
    `holiday, so to be safe treat ${formatLongDate(w.end)} as the last day)`
  );
}

/** One sentence a caseworker understands, plus short notes on configured periods and unpublished years. */
export function explainDeadline(w: DeadlineWorking): string {
  const where = w.jurisdiction === 'england-and-wales' ? '' : `In ${JURISDICTION_LABELS[w.jurisdiction]}, `;
  const sentence =
    `${where}${periodPhrase(w.period, w.rule.unit)} after ${w.rule.triggerDescription} ` +
    `on ${formatLongDate(w.trigger)}${skippedNote(w)} is ${formatLongDate(w.end)}` +
    `${clampNote(w.clampedFrom)}${endingClause(w)}.`;
  const notes: string[] = [sentence];
  if (w.period !== w.rule.period) {
    notes.push(
      `The period was set to ${periodPhrase(w.period, w.rule.unit)} instead of the usual ${w.rule.period}.`,
    );
  }
  if (w.rule.certainty === 'uncertain') notes.push('This time limit is uncertain.');
  if (w.unpublishedYears.length > 0) {
    const years = list(w.unpublishedYears.map(String));
    notes.push(
      `Bank holidays for ${years} are computed by rule and may change ` +
        `(the official list goes up to ${LAST_PUBLISHED_BANK_HOLIDAY_YEAR}).`,
    );
  }
  return notes.join(' ');
}
