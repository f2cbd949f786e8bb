import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../deadlines/today.ts';
import { stageOverdueFlag, noActivityFlag, replyOverdueFlag, reviewDueFlag } from './stall-rules.ts';
import { stageFlagCutoffs, stallCutoffs } from './stage-cutoffs.ts';
import { DEFAULT_STALL_THRESHOLDS, stallThresholdsSchema } from './thresholds.ts';

const noActivity = {
  lastCommunicationOn: null,
  lastNoteOn: null,
  lastStageChangeOn: null,
  lastAppointmentOn: null,
  lastDeadlineMetOn: null,
};

describe('stageFlagCutoffs', () => {
  it('agrees with stageOverdueFlag for every default stage on the days around each cut-off', () => {
    for (const today of ['2026-11-23', '2026-12-29', '2027-03-01', '2026-05-05']) {
      for (const cut of stageFlagCutoffs(DEFAULT_STALL_THRESHOLDS, today)) {
        for (let shift = -3; shift <= 3; shift += 1) {
          const since = addCalendarDays(cut.flaggedIfSinceOnOrBefore, shift);
          const flagged = stageOverdueFlag(
            { kind: cut.kind, stage: cut.stage, stageSince: since },
            today,
            DEFAULT_STALL_THRESHOLDS,
          );
          expect(flagged !== null, `${cut.kind}.${cut.stage} since ${since} on ${today}`).toBe(
            since <= cut.flaggedIfSinceOnOrBefore,
          );
        }
      }
    }
  });

  it('agrees with stageOverdueFlag for the longest thresholds allowed, in every unit', () => {
    const thresholds = stallThresholdsSchema.parse({
      stages: [
        { kind: 'police_report', stage: 'reported', after: 3650, unit: 'calendar_days', waiting: 'Waiting' },
        { kind: 'nrm_referral', stage: 'referred', after: 3650, unit: 'working_days', waiting: 'Waiting' },
        {
          kind: 'social_services',
          stage: 'assessment',
          after: 2000,
          unit: 'working_days',
          waiting: 'Waiting',
        },
        { kind: 'asylum_claim', stage: 'awaiting_decision', after: 120, unit: 'months', waiting: 'Waiting' },
      ],
    });
    for (const today of ['2026-11-23', '2027-01-04', '2027-02-28', '2028-02-29']) {
      const cuts = stageFlagCutoffs(thresholds, today);
      expect(cuts).toHaveLength(4);
      for (const cut of cuts) {
        for (let shift = -3; shift <= 3; shift += 1) {
          const since = addCalendarDays(cut.flaggedIfSinceOnOrBefore, shift);
          const flagged = stageOverdueFlag(
            { kind: cut.kind, stage: cut.stage, stageSince: since },
            today,
            thresholds,
          );
          expect(flagged !== null, `${cut.kind}.${cut.stage} since ${since} on ${today}`).toBe(
            since <= cut.flaggedIfSinceOnOrBefore,
          );
        }
      }
    }
    // On 23 Nov 2026 a matter in the stage since 24 Nov 2016 has been there 3,651 days (flagged); since the 25th,
    // 3,650 days (not yet).
    expect(stageFlagCutoffs(thresholds, '2026-11-23')[0]?.flaggedIfSinceOnOrBefore).toBe('2016-11-24');
  });

  it('waits 10 working days for a Reasonable Grounds decision, bank holidays not counted', () => {
    // Referred on Fri 18 Dec 2026: 10 working days (25 Dec, the Boxing Day substitute on 28 Dec and 1 Jan
    // skipped) end on Wed 6 Jan 2027; the first day flagged is Thu 7 Jan. Referred on the weekend after counts
    // from the same Monday, so the cut-off on 7 Jan is Sun 20 Dec.
    const thresholds = DEFAULT_STALL_THRESHOLDS;
    const rg = (today: string) =>
      stageFlagCutoffs(thresholds, today).find((c) => c.kind === 'nrm_referral' && c.stage === 'referred');
    expect((rg('2027-01-06')?.flaggedIfSinceOnOrBefore ?? '') < '2026-12-18').toBe(true);
    expect(rg('2027-01-07')?.flaggedIfSinceOnOrBefore).toBe('2026-12-20');
  });

  it('handles months from the end of a month (31 Aug + 6 months = 28 Feb)', () => {
    const cut = stageFlagCutoffs(DEFAULT_STALL_THRESHOLDS, '2027-03-01').find(
      (c) => c.kind === 'asylum_claim' && c.stage === 'awaiting_decision',
    );
    expect(cut?.flaggedIfSinceOnOrBefore).toBe('2026-08-31');
  });

  it('follows configured thresholds, including calendar days', () => {
    const thresholds = stallThresholdsSchema.parse({
      stages: [
        { kind: 'police_report', stage: 'reported', after: 7, unit: 'calendar_days', waiting: 'Waiting' },
      ],
    });
    expect(stageFlagCutoffs(thresholds, '2026-11-23')).toEqual([
      { kind: 'police_report', stage: 'reported', flaggedIfSinceOnOrBefore: '2026-11-15' },
    ]);
  });
});

describe('stallCutoffs', () => {
  const today = '2026-11-23';
  const cut = stallCutoffs(DEFAULT_STALL_THRESHOLDS, today);

  it('flags inactivity exactly when the last activity is before the cut-off', () => {
    for (const shift of [-1, 0, 1]) {
      const last = addCalendarDays(cut.inactiveIfLastActivityBefore, shift);
      const flag = noActivityFlag(
        { status: 'open', openedOn: '2026-01-01', activity: { ...noActivity, lastNoteOn: last } },
        today,
        DEFAULT_STALL_THRESHOLDS,
      );
      expect(flag !== null).toBe(last < cut.inactiveIfLastActivityBefore);
    }
  });

  it('flags a late reply exactly when it was due before the cut-off', () => {
    for (const shift of [-1, 0, 1]) {
      const due = addCalendarDays(cut.replyLateIfDueBefore, shift);
      const flag = replyOverdueFlag(
        [{ from: null, subject: 'Letter', due }],
        today,
        DEFAULT_STALL_THRESHOLDS,
      );
      expect(flag !== null).toBe(due < cut.replyLateIfDueBefore);
    }
  });

  it('flags a review due exactly when the last review is before the cut-off', () => {
    for (const shift of [-1, 0, 1]) {
      const last = addCalendarDays(cut.reviewDueIfLastBefore, shift);
      const flag = reviewDueFlag(
        { status: 'open', openedOn: '2025-01-01', lastReviewOn: last, nextReviewOn: null },
        today,
        DEFAULT_STALL_THRESHOLDS,
      );
      expect(flag !== null).toBe(last < cut.reviewDueIfLastBefore);
    }
  });
});
