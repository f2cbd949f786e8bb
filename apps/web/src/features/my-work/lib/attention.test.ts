import { describe, expect, it } from 'vitest';
import { attentionSummary } from './attention.ts';

describe('the My work badge', () => {
  it('is empty before the counts load and when nothing needs attention', () => {
    expect(attentionSummary(undefined)).toEqual({ total: 0, words: '' });
    expect(attentionSummary({ overdue: 0, repliesOverdue: 0, followUps: 0, reportFollowUps: 0 })).toEqual({
      total: 0,
      words: '',
    });
  });

  it('adds the follow-ups from accompaniment reports to the total and says so', () => {
    expect(attentionSummary({ overdue: 2, repliesOverdue: 1, followUps: 0, reportFollowUps: 3 })).toEqual({
      total: 6,
      words: '2 overdue, 1 reply overdue, 3 follow-ups from accompaniments',
    });
    expect(attentionSummary({ overdue: 0, repliesOverdue: 0, followUps: 0, reportFollowUps: 1 }).words).toBe(
      '1 follow-up from accompaniments',
    );
  });
});
