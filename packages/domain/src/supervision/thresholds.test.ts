import { describe, expect, it } from 'vitest';
import { STAGE_MACHINES } from '../matters/kinds.ts';
import {
  DEFAULT_STAGE_THRESHOLDS,
  DEFAULT_STALL_THRESHOLDS,
  stageThresholdFor,
  stallThresholdsSchema,
} from './thresholds.ts';

function messages(input: unknown): string[] {
  const result = stallThresholdsSchema.safeParse(input);
  if (result.success) throw new Error('expected the thresholds to be refused');
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('stall thresholds', () => {
  it('defaults to 14 days of inactivity, replies 10 days late and a review every 90 days', () => {
    expect(DEFAULT_STALL_THRESHOLDS.inactivityDays).toBe(14);
    expect(DEFAULT_STALL_THRESHOLDS.replyOverdueDays).toBe(10);
    expect(DEFAULT_STALL_THRESHOLDS.reviewIntervalDays).toBe(90);
  });

  it('has the usual time in stage for each track, on real stage ids', () => {
    const pick = (kind: Parameters<typeof stageThresholdFor>[1], stage: string) => {
      const t = stageThresholdFor(DEFAULT_STALL_THRESHOLDS, kind, stage);
      return t && { after: t.after, unit: t.unit };
    };
    expect(pick('nrm_referral', 'referred')).toEqual({ after: 10, unit: 'working_days' });
    expect(pick('nrm_referral', 'rg_positive')).toEqual({ after: 6, unit: 'months' });
    expect(pick('asylum_claim', 'awaiting_decision')).toEqual({ after: 6, unit: 'months' });
    expect(pick('police_report', 'investigating')).toEqual({ after: 6, unit: 'months' });
    expect(pick('social_services', 'assessment')).toEqual({ after: 45, unit: 'working_days' });
    expect(pick('asylum_claim', 'granted')).toBeUndefined();
    for (const t of DEFAULT_STAGE_THRESHOLDS) {
      expect(STAGE_MACHINES[t.kind].stages).toContain(t.stage);
    }
  });

  it('keeps the defaults for fields left out and takes custom values for the rest', () => {
    const custom = stallThresholdsSchema.parse({
      inactivityDays: 7,
      stages: [
        { kind: 'police_report', stage: 'reported', after: 20, unit: 'calendar_days', waiting: 'Reported' },
      ],
    });
    expect(custom.inactivityDays).toBe(7);
    expect(custom.replyOverdueDays).toBe(10);
    expect(custom.stages).toEqual([
      {
        kind: 'police_report',
        stage: 'reported',
        after: 20,
        unit: 'calendar_days',
        waiting: 'Reported',
        usual: null,
      },
    ]);
  });

  it.each([
    ['inactivityDays', 0],
    ['inactivityDays', 1.5],
    ['inactivityDays', '14'],
    ['replyOverdueDays', -1],
    ['reviewIntervalDays', 3651],
  ])('refuses %s = %j with a message naming the field', (field, value) => {
    const [message] = messages({ [field]: value });
    expect(message).toBe(`${field}: ${field} must be a whole number of days from 1 to 3650`);
  });

  it('refuses a stage the matter kind does not have, naming the stage', () => {
    const refused = messages({
      stages: [
        { kind: 'nrm_referral', stage: 'awaiting_decision', after: 6, unit: 'months', waiting: 'Waiting' },
      ],
    });
    expect(refused).toEqual(['stages.0.stage: stage "awaiting_decision" is not a stage of nrm_referral']);
  });

  it('refuses a bad unit, a missing sentence, too many months and a stage listed twice', () => {
    const base = {
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      after: 6,
      unit: 'months',
      waiting: 'Waiting',
    };
    expect(messages({ stages: [{ ...base, unit: 'years' }] })).toEqual([
      'stages.0.unit: unit must be one of calendar_days, working_days, months',
    ]);
    expect(messages({ stages: [{ ...base, waiting: '  ' }] })).toEqual([
      'stages.0.waiting: waiting must say what the matter is waiting for',
    ]);
    expect(messages({ stages: [{ ...base, after: 121 }] })).toEqual([
      'stages.0.after: after must be at most 120 for months',
    ]);
    expect(messages({ stages: [{ ...base, after: 0 }] })).toEqual([
      'stages.0.after: after must be a whole number from 1',
    ]);
    expect(messages({ stages: [base, base] })).toEqual([
      'stages.1.stage: stages lists asylum_claim.awaiting_decision twice',
    ]);
  });

  it('refuses a stage id, a waiting sentence or a usual time that is too long, naming the field', () => {
    const base = {
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      after: 6,
      unit: 'months',
      waiting: 'Waiting',
    };
    expect(messages({ stages: [{ ...base, stage: 'x'.repeat(61) }] })).toEqual([
      'stages.0.stage: stage must be a stage id of at most 60 characters',
    ]);
    expect(messages({ stages: [{ ...base, waiting: 'w'.repeat(201) }] })).toEqual([
      'stages.0.waiting: waiting must be at most 200 characters',
    ]);
    expect(messages({ stages: [{ ...base, usual: 'u'.repeat(201) }] })).toEqual([
      'stages.0.usual: usual must be at most 200 characters',
    ]);
    const longest = stallThresholdsSchema.parse({
      stages: [{ ...base, waiting: 'w'.repeat(200), usual: `  ${'u'.repeat(200)}  ` }],
    });
    expect(longest.stages[0]?.usual).toHaveLength(200);
  });
});
