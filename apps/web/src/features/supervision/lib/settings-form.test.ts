import { DEFAULT_STALL_THRESHOLDS } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import {
  settingsFormSchema,
  stageRowLabels,
  toSettingsForm,
  toUpdateInput,
  type StallSettings,
} from './settings-form.ts';

const settings: StallSettings = { thresholds: DEFAULT_STALL_THRESHOLDS, version: 4 };

describe('the stall settings form', () => {
  it('edits the periods and each stage’s length and unit, keeping the rest of each stage as it was', () => {
    const values = toSettingsForm(settings.thresholds);
    values.inactivityDays = 21;
    values.stages[0] = { after: 15, unit: 'calendar_days' };
    const input = toUpdateInput(settingsFormSchema.parse(values), settings);
    expect(input.version).toBe(4);
    expect(input.thresholds.inactivityDays).toBe(21);
    expect(input.thresholds.replyOverdueDays).toBe(DEFAULT_STALL_THRESHOLDS.replyOverdueDays);
    expect(input.thresholds.stages?.[0]).toEqual({
      kind: 'nrm_referral',
      stage: 'referred',
      after: 15,
      unit: 'calendar_days',
      waiting: 'Waiting for the Reasonable Grounds decision',
      usual: 'usually 5 (target)',
    });
    expect(input.thresholds.stages?.slice(1)).toEqual(DEFAULT_STALL_THRESHOLDS.stages.slice(1));
  });

  it('sends a null version while the defaults apply', () => {
    const input = toUpdateInput(settingsFormSchema.parse(toSettingsForm(DEFAULT_STALL_THRESHOLDS)), {
      thresholds: DEFAULT_STALL_THRESHOLDS,
      version: null,
    });
    expect(input.version).toBeNull();
  });

  it('refuses empty, fractional and out-of-range numbers in plain words', () => {
    const values = toSettingsForm(settings.thresholds);
    const result = settingsFormSchema.safeParse({
      ...values,
      inactivityDays: Number.NaN,
      replyOverdueDays: 1.5,
      reviewIntervalDays: 0,
      stages: [
        { after: 121, unit: 'months' },
        { after: 121, unit: 'working_days' },
      ],
    });
    const messages = Object.fromEntries(result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []);
    expect(messages).toEqual({
      inactivityDays: 'No activity: enter a whole number of days from 1 to 3,650',
      replyOverdueDays: 'Reply overdue: enter a whole number of days from 1 to 3,650',
      reviewIntervalDays: 'Review interval: enter a whole number of days from 1 to 3,650',
      'stages.0.after': 'At most 120 months',
    });
  });

  it('labels a stage’s row in words', () => {
    expect(stageRowLabels({ kind: 'social_services', stage: 's47_enquiry' })).toEqual({
      kind: 'Social services',
      stage: expect.any(String),
    });
    expect(stageRowLabels({ kind: 'nrm_referral', stage: 'referred' }).stage).not.toBe('referred');
  });
});
