export {
  bankHolidaysFor,
  LAST_PUBLISHED_BANK_HOLIDAY_YEAR,
  type BankHoliday,
} from './calendars/bank-holidays.ts';
export {
  DEFAULT_JURISDICTION,
  JURISDICTION_LABELS,
  JURISDICTIONS,
  jurisdictionSchema,
  type Jurisdiction,
} from './calendars/jurisdictions.ts';
export { isWorkingDay } from './calendars/working-days.ts';
export { computeDeadline, type ComputeDeadlineArgs, type ComputedDeadline } from './compute.ts';
export { DeadlineInputError, type DeadlineInputField } from './errors.ts';
export {
  CERTAINTIES,
  CERTAINTY_LABELS,
  findRule,
  isRuleId,
  listRules,
  PERIOD_UNITS,
  ROLLS,
  RULE_IDS,
  ruleIdSchema,
  type Certainty,
  type DeadlineRule,
  type PeriodUnit,
  type Roll,
  type RuleId,
} from './rules.ts';
export { computeDeadlineInput, deadlineDateSchema, type ComputeDeadlineInput } from './schemas.ts';
export {
  CLIENT_DEADLINES_PAGE_MAX,
  correctStageDateInput,
  createDeadlineInput,
  DEADLINE_SOURCES,
  DEADLINE_STATUSES,
  listClientDeadlinesInput,
  MY_WORK_COMMUNICATION_LISTS,
  MY_WORK_DEADLINE_LISTS,
  MY_WORK_FIRST_PAGE,
  MY_WORK_PAGE_MAX,
  myWorkCommunicationsInput,
  myWorkDeadlinesInput,
  myWorkInput,
  myWorkReportFollowUpsInput,
  setDeadlineStatusInput,
  UPCOMING_WINDOW_DAYS,
  type CreateDeadlineInput,
  type DeadlineSource,
  type DeadlineStatus,
  type MyWorkCommunicationList,
  type MyWorkDeadlineList,
} from './api-schemas.ts';
export { addCalendarDays, daysBetween, londonToday } from './today.ts';
export { deadlinesForStage, type StageDeadline, type StageTriggerDetails } from './triggers.ts';
