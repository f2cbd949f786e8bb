import { LAST_PUBLISHED_BANK_HOLIDAY_YEAR } from './calendars/bank-holidays.ts';
import { DEFAULT_JURISDICTION, isJurisdiction, type Jurisdiction } from './calendars/jurisdictions.ts';
import { addWorkingDays, nearestWorkingDay } from './calendars/working-days.ts';
import { DeadlineInputError } from './errors.ts';
import { explainDeadline, nonWorkingReason, type DeadlineWorking } from './explanation.ts';
import { addMonths, fromDayNumber, isIsoDate, toDayNumber, toIsoDate, type DayNumber } from './iso-date.ts';
import { findRule, type Certainty, type DeadlineRule, type RuleId } from './rules.ts';
import { EARLIEST_TRIGGER, LATEST_TRIGGER, MAX_CONFIGURED_PERIOD } from './schemas.ts';

export interface ComputeDeadlineArgs {
  /** A rule id of the catalogue; anything else is refused. */
  rule: string;
  /** `YYYY-MM-DD`. */
  trigger: string;
  /** Default England and Wales. */
  jurisdiction?: string | null;
  /** `YYYY-MM-DD`; when given, a trigger more than a year after it is refused as a likely typing error. */
  today?: string | null;
  /** Only for configurable rules: the period in the rule's unit instead of the default. */
  period?: number | null;
}

export interface ComputedDeadline {
  due: string;
  explanation: string;
  certainty: Certainty;
  rule: RuleId;
  trigger: string;
  jurisdiction: Jurisdiction;
  /** Set when the end of the period was not a working day and the rule moved it. */
  rolled: null | { from: string; reason: string };
  /** The result depends on bank holidays of a year gov.uk has not yet published. */
  beyondPublishedCalendar: boolean;
}

const quoted = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

function checkRule(rule: unknown): DeadlineRule {
  const found = typeof rule === 'string' ? findRule(rule) : undefined;
  if (!found) throw new DeadlineInputError('rule', `There is no deadline rule ${quoted(rule)}`);
  return found;
}

function checkDate(field: 'trigger' | 'today', value: unknown): DayNumber {
  const label = field === 'trigger' ? 'The trigger date' : "Today's date";
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DeadlineInputError(
      field,
      `${label} must be a real date written YYYY-MM-DD, for example 2026-04-20 (got ${quoted(value)})`,
    );
  }
  if (value < EARLIEST_TRIGGER) throw new DeadlineInputError(field, `${label} must be in 1990 or later`);
  if (value > LATEST_TRIGGER) throw new DeadlineInputError(field, `${label} must be before 2100`);
  return toDayNumber(value);
}

function checkJurisdiction(value: unknown): Jurisdiction {
  if (value === undefined || value === null) return DEFAULT_JURISDICTION;
  if (!isJurisdiction(value)) {
    throw new DeadlineInputError(
      'jurisdiction',
      `There is no jurisdiction ${quoted(value)}: use england-and-wales, scotland or northern-ireland`,
    );
  }
  return value;
}

function checkPeriod(rule: DeadlineRule, value: unknown): number {
  if (value === undefined || value === null) return rule.period;
  if (!rule.configurable) {
    throw new DeadlineInputError('period', `The period of "${rule.title}" is fixed and cannot be changed`);
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_CONFIGURED_PERIOD) {
    throw new DeadlineInputError(
      'period',
      `The period must be a whole number from 1 to ${MAX_CONFIGURED_PERIOD}`,
    );
  }
  return value;
}

function checkNotFarFuture(trigger: DayNumber, today: unknown) {
  if (today === undefined || today === null) return;
  const limit = addMonths(checkDate('today', today), 12).due;
  if (trigger > limit) {
    throw new DeadlineInputError(
      'trigger',
      'The trigger date is more than a year from today: check the year',
    );
  }
}

function periodEnd(rule: DeadlineRule, period: number, trigger: DayNumber, jurisdiction: Jurisdiction) {
  switch (rule.unit) {
    case 'calendar_days':
      return { end: trigger + period, clampedFrom: null, skippedHolidays: [] };
    case 'working_days': {
      const { due, skippedHolidays } = addWorkingDays(trigger, period, jurisdiction);
      return { end: due, clampedFrom: null, skippedHolidays };
    }
    case 'months':
    case 'years': {
      const { due, clampedFrom } = addMonths(trigger, rule.unit === 'years' ? period * 12 : period);
      return { end: due, clampedFrom, skippedHolidays: [] };
    }
  }
}

function roll(rule: DeadlineRule, end: DayNumber, jurisdiction: Jurisdiction): DayNumber {
  if (rule.roll === 'none') return end;
  return nearestWorkingDay(end, rule.roll === 'next_working_day' ? 1 : -1, jurisdiction);
}

/** Years after the published list among the days whose working-day status decided the result. */
function unpublishedYears(unit: DeadlineRule['unit'], trigger: DayNumber, end: DayNumber, due: DayNumber) {
  const first = unit === 'working_days' ? trigger + 1 : Math.min(end, due);
  const from = Math.max(fromDayNumber(first).year, LAST_PUBLISHED_BANK_HOLIDAY_YEAR + 1);
  const to = fromDayNumber(Math.max(end, due)).year;
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  return years;
}

/**
 * The due date of a deadline rule from its trigger date, with the sentence that explains it (DOMAIN.md §3,
 * "the engine's contract"). Throws `DeadlineInputError` for an unknown rule or jurisdiction, an impossible
 * date, or a trigger before 1990, after 2099 or more than a year after `today`.
 */
export function computeDeadline(args: ComputeDeadlineArgs): ComputedDeadline {
  const rule = checkRule(args.rule);
  const trigger = checkDate('trigger', args.trigger);
  const jurisdiction = checkJurisdiction(args.jurisdiction);
  const period = checkPeriod(rule, args.period);
  checkNotFarFuture(trigger, args.today);

  const { end, clampedFrom, skippedHolidays } = periodEnd(rule, period, trigger, jurisdiction);
  const due = roll(rule, end, jurisdiction);
  const working: DeadlineWorking = {
    rule,
    period,
    jurisdiction,
    trigger,
    end,
    due,
    clampedFrom,
    skippedHolidays,
    unpublishedYears: unpublishedYears(rule.unit, trigger, end, due),
  };
  const rolled =
    due === end ? null : { from: toIsoDate(end), reason: nonWorkingReason(end, jurisdiction) ?? '' };
  return {
    due: toIsoDate(due),
    explanation: explainDeadline(working),
    certainty: rolled && rule.rollUncertain ? 'uncertain' : rule.certainty,
    rule: rule.id,
    trigger: toIsoDate(trigger),
    jurisdiction,
    rolled,
    beyondPublishedCalendar: working.unpublishedYears.length > 0,
  };
}
