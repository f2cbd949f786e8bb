import { describe, expect, it } from 'vitest';
import { digestSummary, stalledText } from './digest-summary.ts';

const none = {
  deadlinesDue: 0,
  overdue: 0,
  repliesDue: 0,
  appointments: 0,
  reviewsDue: 0,
  stalledCases: null,
};

describe('the digest’s summary', () => {
  it('lists what there is, in one sentence', () => {
    expect(
      digestSummary({
        deadlinesDue: 3,
        overdue: 1,
        repliesDue: 2,
        appointments: 4,
        reviewsDue: 1,
        stalledCases: 9,
      }),
    ).toBe('3 deadlines due, 1 deadline overdue, 2 replies due, 4 appointments and 1 review due.');
    expect(digestSummary({ ...none, deadlinesDue: 1, appointments: 1 })).toBe(
      '1 deadline due and 1 appointment.',
    );
    expect(digestSummary({ ...none, overdue: 2 })).toBe('2 deadlines overdue.');
  });

  it('says when nothing is due', () => {
    expect(digestSummary(none)).toBe('Nothing is due.');
  });

  it('counts stalled cases for supervisors', () => {
    expect(stalledText(0)).toBe('No open case is flagged as stalled.');
    expect(stalledText(1)).toBe('1 open case is flagged as stalled.');
    expect(stalledText(14)).toBe('14 open cases are flagged as stalled.');
  });
});
