import { DEFAULT_STALL_THRESHOLDS } from '@umbrella/domain';
import { stagePeriodText } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import { chartIndex, chartRow, daysOrNone } from './charts.ts';
import {
  countedLabel,
  daysText,
  idleText,
  pagedCountText,
  stageThresholdText,
  thresholdSentences,
  weekAxisLabel,
  weekText,
} from './format.ts';

describe('the dashboard in words', () => {
  it('says days and periods in the singular and plural', () => {
    expect(daysText(1)).toBe('1 day');
    expect(daysText(0)).toBe('0 days');
    expect(stagePeriodText(10, 'working_days')).toBe('10 working days');
    expect(stagePeriodText(1, 'months')).toBe('1 month');
    expect(stagePeriodText(3, 'calendar_days')).toBe('3 days');
  });

  it('says how long a case has been idle, since its last activity or its opening', () => {
    expect(idleText({ idleDays: 21, lastActivityOn: '2026-11-02', openedOn: '2026-01-05' })).toEqual({
      days: '21 days',
      since: 'Last activity 2 Nov 2026',
    });
    expect(idleText({ idleDays: 30, lastActivityOn: null, openedOn: '2026-10-24' }).since).toBe(
      'No activity since it opened on 24 Oct 2026',
    );
  });

  it('puts the thresholds in sentences, stage by stage', () => {
    expect(thresholdSentences(DEFAULT_STALL_THRESHOLDS)).toEqual([
      'No activity on an open case for more than 14 days.',
      'A reply more than 10 days past the day it was due.',
      'A supervision review due 90 days after the last one (or after the case opened).',
    ]);
    const referred = DEFAULT_STALL_THRESHOLDS.stages.find((t) => t.stage === 'referred');
    expect(referred && stageThresholdText(referred)).toBe(
      'NRM referral, Referred: more than 10 working days (usually 5 (target)).',
    );
  });

  it('counts the reasons and the rows of a paged list', () => {
    expect(countedLabel('Deadline overdue', 4)).toBe('Deadline overdue (4)');
    expect(countedLabel('Deadline overdue', undefined)).toBe('Deadline overdue');
    const words = { one: 'stalled case', many: 'stalled cases', none: 'None.' };
    expect(pagedCountText(0, 0, words)).toBe('None.');
    expect(pagedCountText(1, 1, words)).toBe('1 stalled case.');
    expect(pagedCountText(60, 25, words)).toBe('60 stalled cases. 25 shown, more below.');
    expect(pagedCountText(9781, 1025, words)).toBe('9,781 stalled cases. 1,025 shown, more below.');
  });

  it('names a week by the Sunday it ends on', () => {
    expect(weekAxisLabel('2026-11-22')).toBe('22 Nov');
    expect(weekText('2026-11-22')).toBe('Week ending 22 Nov 2026');
  });
});

describe('the charts', () => {
  it('read the row a click landed on, whether the chart gives a number or a string', () => {
    expect(chartIndex(3)).toBe(3);
    expect(chartIndex('2')).toBe(2);
    expect(chartIndex(undefined)).toBeNull();
    expect(chartIndex('')).toBeNull();
    expect(chartIndex(-1)).toBeNull();
    expect(chartIndex('1.5')).toBeNull();
    expect(chartRow(['a', 'b'], '1')).toBe('b');
    expect(chartRow(['a', 'b'], 2)).toBeUndefined();
    expect(chartRow(['a', 'b'], null)).toBeUndefined();
  });

  it('say when no stay has ended yet', () => {
    expect(daysOrNone(null)).toBe('None yet');
    expect(daysOrNone(12)).toBe('12 days');
    expect(daysOrNone(498.5)).toBe('499 days');
    expect(daysOrNone(0.4)).toBe('0 days');
  });
});
