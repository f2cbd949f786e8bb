export {
  DEFAULT_STAGE_THRESHOLDS,
  DEFAULT_STALL_THRESHOLDS,
  MAX_THRESHOLD_DAYS,
  MAX_THRESHOLD_MONTHS,
  STAGE_ID_MAX,
  STAGE_SENTENCE_MAX,
  STAGE_PERIOD_UNITS,
  stagePeriodText,
  stageThresholdFor,
  stageThresholdSchema,
  stallThresholdsSchema,
  type StagePeriodUnit,
  type StageThreshold,
  type StageThresholdInput,
  type StallThresholds,
  type StallThresholdsInput,
} from './thresholds.ts';
export {
  deadlineOverdueFlag,
  lastActivityOn,
  lastUnflaggedDay,
  missedAppointmentFlag,
  noActivityFlag,
  noKeyWorkerFlag,
  replyOverdueFlag,
  reviewDueFlag,
  stageOverdueFlag,
  STALL_REASON_LABELS,
  STALL_REASONS,
  type AwaitedReplyFacts,
  type CaseActivity,
  type CaseStatus,
  type KeyWorkerFacts,
  type MatterStageFacts,
  type MissedAppointmentFacts,
  type NoActivityFacts,
  type OpenDeadlineFacts,
  type ReviewFacts,
  type StallFlag,
  type StallReason,
} from './stall-rules.ts';
export { stallFlags, type CaseFacts } from './stalled-case.ts';
export { stageFlagCutoffs, stallCutoffs, type StageCutoff, type StallCutoffs } from './stage-cutoffs.ts';
export * from './schemas.ts';
export * from './digest.ts';
export * from './review-access.ts';
export { keyWorkerChangeNote } from './key-worker-note.ts';
export { reviewActionExplanation } from './review-action.ts';
