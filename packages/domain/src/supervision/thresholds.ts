import { z } from 'zod';
import { plural } from '../common/words.ts';
import { STAGE_MACHINES, matterKindSchema, type MatterKind } from '../matters/kinds.ts';

/** How a stage's usual time is counted: DOMAIN.md §3 units, without years. */
export const STAGE_PERIOD_UNITS = ['calendar_days', 'working_days', 'months'] as const;
export type StagePeriodUnit = (typeof STAGE_PERIOD_UNITS)[number];

const UNIT_WORDS: Record<StagePeriodUnit, string> = {
  calendar_days: 'day',
  working_days: 'working day',
  months: 'month',
};

/** A period in words: 10 working days, 6 months, 1 day. */
export function stagePeriodText(after: number, unit: StagePeriodUnit): string {
  return plural(after, UNIT_WORDS[unit]);
}

/** Longest threshold accepted, in days; months are capped at the same span. */
export const MAX_THRESHOLD_DAYS = 3650;
export const MAX_THRESHOLD_MONTHS = 120;
/** Stage ids are short (`reconsideration_requested` is the longest today). */
export const STAGE_ID_MAX = 60;
/** `waiting` and `usual` go into a sentence on the dashboard: a phrase, not a paragraph. */
export const STAGE_SENTENCE_MAX = 200;

function daysField(field: string, fallback: number) {
  const message = `${field} must be a whole number of days from 1 to ${MAX_THRESHOLD_DAYS}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(MAX_THRESHOLD_DAYS, { error: message })
    .default(fallback);
}

/** How long a matter may sit in one stage before it is flagged as overdue there. */
export const stageThresholdSchema = z
  .object({
    kind: matterKindSchema,
    stage: z
      .string({ error: 'stage must be a stage id, for example "referred"' })
      .max(STAGE_ID_MAX, { error: `stage must be a stage id of at most ${STAGE_ID_MAX} characters` }),
    /** Flagged once the matter has been in the stage for more than this many `unit`s. */
    after: z
      .number({ error: 'after must be a whole number from 1' })
      .int({ error: 'after must be a whole number from 1' })
      .min(1, { error: 'after must be a whole number from 1' }),
    unit: z.enum(STAGE_PERIOD_UNITS, {
      error: `unit must be one of ${STAGE_PERIOD_UNITS.join(', ')}`,
    }),
    /** Starts the sentence: "Waiting for the Reasonable Grounds decision". */
    waiting: z
      .string({ error: 'waiting must say what the matter is waiting for' })
      .trim()
      .min(1, { error: 'waiting must say what the matter is waiting for' })
      .max(STAGE_SENTENCE_MAX, { error: `waiting must be at most ${STAGE_SENTENCE_MAX} characters` }),
    /** What is usual, in the same unit, e.g. "usually 5 (target)"; null when nothing is published. */
    usual: z
      .string({ error: 'usual must be text, or null' })
      .trim()
      .min(1, { error: 'usual must not be empty (use null)' })
      .max(STAGE_SENTENCE_MAX, { error: `usual must be at most ${STAGE_SENTENCE_MAX} characters` })
      .nullable()
      .default(null),
  })
  .superRefine((t, ctx) => {
    // Too long is already said; it is not a stage either.
    const known = (STAGE_MACHINES[t.kind].stages as readonly string[]).includes(t.stage);
    if (!known && t.stage.length <= STAGE_ID_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: `stage "${t.stage}" is not a stage of ${t.kind}`,
      });
    }
    const max = t.unit === 'months' ? MAX_THRESHOLD_MONTHS : MAX_THRESHOLD_DAYS;
    if (t.after > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['after'],
        message: `after must be at most ${max} for ${t.unit}`,
      });
    }
  });
export type StageThreshold = z.output<typeof stageThresholdSchema>;
export type StageThresholdInput = z.input<typeof stageThresholdSchema>;

/**
 * The usual time in a stage, from DOMAIN.md §3 where a time limit exists (RG target 5 WD, assessment at most
 * 45 WD, ICPC within 15 WD of the strategy discussion) and from practice where none does.
 */
export const DEFAULT_STAGE_THRESHOLDS: readonly StageThresholdInput[] = [
  {
    kind: 'nrm_referral',
    stage: 'referred',
    after: 10,
    unit: 'working_days',
    waiting: 'Waiting for the Reasonable Grounds decision',
    usual: 'usually 5 (target)',
  },
  {
    kind: 'nrm_referral',
    stage: 'rg_positive',
    after: 6,
    unit: 'months',
    waiting: 'Waiting for the Conclusive Grounds decision',
  },
  {
    kind: 'nrm_referral',
    stage: 'reconsideration_requested',
    after: 6,
    unit: 'months',
    waiting: 'Waiting for the reconsideration decision',
  },
  {
    kind: 'asylum_claim',
    stage: 'interviewed',
    after: 6,
    unit: 'months',
    waiting: 'Waiting for the asylum decision since the interview',
  },
  {
    kind: 'asylum_claim',
    stage: 'awaiting_decision',
    after: 6,
    unit: 'months',
    waiting: 'Waiting for the asylum decision',
  },
  {
    kind: 'police_report',
    stage: 'investigating',
    after: 6,
    unit: 'months',
    waiting: 'Under police investigation',
  },
  {
    kind: 'social_services',
    stage: 'assessment',
    after: 45,
    unit: 'working_days',
    waiting: 'In the child and family assessment',
    usual: 'at most 45 (statutory guidance)',
  },
  {
    kind: 'social_services',
    stage: 's47_enquiry',
    after: 15,
    unit: 'working_days',
    waiting: 'Waiting for the initial child protection conference',
    usual: 'within 15 of the strategy discussion (statutory guidance)',
  },
];

export const stallThresholdsSchema = z.object({
  /** An open case with no activity for more than this many calendar days is flagged. */
  inactivityDays: daysField('inactivityDays', 14),
  /** A reply more than this many calendar days past its due date is flagged. */
  replyOverdueDays: daysField('replyOverdueDays', 10),
  /** A case is due a supervision review this many calendar days after the last one (or its opening). */
  reviewIntervalDays: daysField('reviewIntervalDays', 90),
  stages: z
    .array(stageThresholdSchema, { error: 'stages must be a list of stage thresholds' })
    .prefault(() => [...DEFAULT_STAGE_THRESHOLDS])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((t, index) => {
        const key = `${t.kind}.${t.stage}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'stage'],
            message: `stages lists ${key} twice`,
          });
        }
        seen.add(key);
      });
    }),
});
export type StallThresholds = z.output<typeof stallThresholdsSchema>;
export type StallThresholdsInput = z.input<typeof stallThresholdsSchema>;

export const DEFAULT_STALL_THRESHOLDS: StallThresholds = stallThresholdsSchema.parse({});

/** The threshold for a matter's current stage, or undefined when that stage has none. */
export function stageThresholdFor(
  thresholds: StallThresholds,
  kind: MatterKind,
  stage: string,
): StageThreshold | undefined {
  return thresholds.stages.find((t) => t.kind === kind && t.stage === stage);
}
