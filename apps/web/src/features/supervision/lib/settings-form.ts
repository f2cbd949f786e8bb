import {
  MATTER_KIND_LABELS,
  MAX_THRESHOLD_DAYS,
  MAX_THRESHOLD_MONTHS,
  STAGE_PERIOD_UNITS,
  stageLabel,
  type StagePeriodUnit,
  type StallThresholds,
} from '@umbrella/domain';
import { z } from 'zod';
import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

export type StallSettings = RouterOutputs['supervision']['settings'];
export type UpdateStallSettingsInput = RouterInputs['supervision']['updateSettings'];
export type StageThresholdView = StallThresholds['stages'][number];

export const UNIT_LABELS: Record<StagePeriodUnit, string> = {
  calendar_days: 'calendar days',
  working_days: 'working days',
  months: 'months',
};

/** The most `after` may be in a unit: months are capped at the same span as days. */
export function maxAfter(unit: StagePeriodUnit): number {
  return unit === 'months' ? MAX_THRESHOLD_MONTHS : MAX_THRESHOLD_DAYS;
}

const days = (label: string) => {
  const message = `${label}: enter a whole number of days from 1 to ${MAX_THRESHOLD_DAYS.toLocaleString('en-GB')}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(MAX_THRESHOLD_DAYS, {
      error: message,
    });
};

/**
 * What an administrator may change: the three periods and, for each stage with a threshold, how long and in
 * which unit. Which stages have one, and the words of their sentences, stay as they are.
 */
export const settingsFormSchema = z.object({
  inactivityDays: days('No activity'),
  replyOverdueDays: days('Reply overdue'),
  reviewIntervalDays: days('Review interval'),
  stages: z.array(
    z
      .object({
        after: z
          .number({ error: 'Enter a whole number from 1' })
          .int({ error: 'Enter a whole number from 1' })
          .min(1, {
            error: 'Enter a whole number from 1',
          }),
        unit: z.enum(STAGE_PERIOD_UNITS, { error: 'Choose a unit' }),
      })
      .superRefine((stage, ctx) => {
        const max = maxAfter(stage.unit);
        if (stage.after > max) {
          ctx.addIssue({
            code: 'custom',
            path: ['after'],
            message: `At most ${max.toLocaleString('en-GB')} ${UNIT_LABELS[stage.unit]}`,
          });
        }
      }),
  ),
});

export type SettingsFormValues = z.input<typeof settingsFormSchema>;

export function toSettingsForm(thresholds: StallThresholds): SettingsFormValues {
  return {
    inactivityDays: thresholds.inactivityDays,
    replyOverdueDays: thresholds.replyOverdueDays,
    reviewIntervalDays: thresholds.reviewIntervalDays,
    stages: thresholds.stages.map((s) => ({ after: s.after, unit: s.unit })),
  };
}

/** The saved thresholds with the form's changes: each stage keeps its kind, stage and sentence words. */
export function toUpdateInput(
  values: z.output<typeof settingsFormSchema>,
  settings: StallSettings,
): UpdateStallSettingsInput {
  return {
    version: settings.version,
    thresholds: {
      inactivityDays: values.inactivityDays,
      replyOverdueDays: values.replyOverdueDays,
      reviewIntervalDays: values.reviewIntervalDays,
      stages: settings.thresholds.stages.map((stage, index) => ({
        kind: stage.kind,
        stage: stage.stage,
        waiting: stage.waiting,
        usual: stage.usual,
        after: values.stages[index]?.after ?? stage.after,
        unit: values.stages[index]?.unit ?? stage.unit,
      })),
    },
  };
}

/** "NRM referral", "Referred": the labels of a stage's row. */
export function stageRowLabels(stage: Pick<StageThresholdView, 'kind' | 'stage'>): {
  kind: string;
  stage: string;
} {
  return { kind: MATTER_KIND_LABELS[stage.kind], stage: stageLabel(stage.kind, stage.stage) };
}

export const SETTINGS_CONFLICT_MESSAGE =
  'Someone else changed the thresholds while you were editing. The form now shows their values: check them, then make your changes again.';
