import { describe, expect, it } from 'vitest';
import {
  deadlineOverdueFlag,
  missedAppointmentFlag,
  noActivityFlag,
  noKeyWorkerFlag,
  replyOverdueFlag,
  reviewDueFlag,
  stageOverdueFlag,
  type CaseActivity,
} from './stall-rules.ts';
import { DEFAULT_STALL_THRESHOLDS as T, stallThresholdsSchema } from './thresholds.ts';

const none: CaseActivity = {
  lastCommunicationOn: null,
  lastNoteOn: null,
  lastStageChangeOn: null,
  lastAppointmentOn: null,
  lastDeadlineMetOn: null,
};
const open = { status: 'open' as const, openedOn: '2026-09-01' };

describe('no_activity', () => {
  const facts = {
    ...open,
    activity: { ...none, lastNoteOn: '2026-10-20', lastCommunicationOn: '2026-11-02' },
  };

  it('is not flagged exactly 14 days after the last activity, and is flagged one day later', () => {
    expect(noActivityFlag(facts, '2026-11-16', T)).toBeNull();
    expect(noActivityFlag(facts, '2026-11-17', T)).toEqual({
      reason: 'no_activity',
      sentence: 'No letter, note, stage change or appointment for 15 days (since 2 Nov 2026).',
    });
  });

  it('takes the latest of every kind of activity, a deadline met included', () => {
    expect(
      noActivityFlag(
        { ...facts, activity: { ...facts.activity, lastDeadlineMetOn: '2026-11-10' } },
        '2026-11-23',
        T,
      ),
    ).toBeNull();
    for (const key of Object.keys(none) as (keyof CaseActivity)[]) {
      expect(
        noActivityFlag({ ...open, activity: { ...none, [key]: '2026-11-20' } }, '2026-11-23', T),
      ).toBeNull();
    }
  });

  it('counts from the opening of a case with no activity at all', () => {
    expect(
      noActivityFlag({ ...open, openedOn: '2026-11-02', activity: none }, '2026-11-23', T)?.sentence,
    ).toBe(
      'No letter, note, stage change or appointment for 21 days (since the case was opened on 2 Nov 2026).',
    );
  });

  it('ignores activity dated after today and never flags a closed case', () => {
    const future = { ...open, openedOn: '2026-11-02', activity: { ...none, lastNoteOn: '2026-12-01' } };
    expect(noActivityFlag(future, '2026-11-23', T)?.sentence).toContain('since the case was opened');
    expect(noActivityFlag({ ...facts, status: 'closed' }, '2027-06-01', T)).toBeNull();
  });

  it('uses a custom number of days', () => {
    const seven = stallThresholdsSchema.parse({ inactivityDays: 7 });
    expect(noActivityFlag(facts, '2026-11-09', seven)).toBeNull();
    expect(noActivityFlag(facts, '2026-11-10', seven)?.sentence).toContain('for 8 days');
  });
});

describe('stage_overdue', () => {
  const referred = { kind: 'nrm_referral' as const, stage: 'referred', stageSince: '2026-11-02' };

  it('flags waiting more than 10 working days for the Reasonable Grounds decision, not exactly 10', () => {
    // Mon 2 Nov 2026: the 10th working day after is Mon 16 Nov.
    expect(stageOverdueFlag(referred, '2026-11-16', T)).toBeNull();
    expect(stageOverdueFlag(referred, '2026-11-17', T)).toEqual({
      reason: 'stage_overdue',
      sentence:
        'Waiting for the Reasonable Grounds decision for 11 working days (since 2 Nov 2026); usually 5 (target) — flagged after 10 working days.',
    });
    expect(stageOverdueFlag(referred, '2026-11-20', T)?.sentence).toContain('for 14 working days');
  });

  it('does not count a bank holiday as a working day', () => {
    // Fri 1 May 2026; Mon 4 May is a bank holiday, so the 10th working day after is Mon 18 May, not Fri 15 May.
    const may = { ...referred, stageSince: '2026-05-01' };
    expect(stageOverdueFlag(may, '2026-05-18', T)).toBeNull();
    expect(stageOverdueFlag(may, '2026-05-19', T)?.sentence).toContain(
      'for 11 working days (since 1 May 2026)',
    );
  });

  it('counts months to the same day, or the last day of a shorter month', () => {
    const cg = { kind: 'nrm_referral' as const, stage: 'rg_positive', stageSince: '2026-08-31' };
    expect(stageOverdueFlag(cg, '2027-02-28', T)).toBeNull();
    expect(stageOverdueFlag(cg, '2027-03-01', T)?.sentence).toBe(
      'Waiting for the Conclusive Grounds decision for 6 months and 1 day (since 31 Aug 2026); flagged after 6 months.',
    );
    const leap = { ...cg, stageSince: '2027-08-31' };
    expect(stageOverdueFlag(leap, '2028-02-29', T)).toBeNull();
    expect(stageOverdueFlag(leap, '2028-03-01', T)).not.toBeNull();
  });

  it('flags an asylum decision, a police investigation and a social services assessment', () => {
    const asylum = { kind: 'asylum_claim' as const, stage: 'awaiting_decision', stageSince: '2026-03-10' };
    expect(stageOverdueFlag(asylum, '2026-09-10', T)).toBeNull();
    expect(stageOverdueFlag(asylum, '2026-10-10', T)?.sentence).toBe(
      'Waiting for the asylum decision for 7 months (since 10 Mar 2026); flagged after 6 months.',
    );
    const police = { kind: 'police_report' as const, stage: 'investigating', stageSince: '2026-01-15' };
    expect(stageOverdueFlag(police, '2026-07-16', T)?.sentence).toContain(
      'Under police investigation for 6 months and 1 day',
    );
    // Thu 1 Oct 2026 + 45 working days (no bank holidays) = Thu 3 Dec 2026.
    const social = { kind: 'social_services' as const, stage: 'assessment', stageSince: '2026-10-01' };
    expect(stageOverdueFlag(social, '2026-12-03', T)).toBeNull();
    expect(stageOverdueFlag(social, '2026-12-04', T)?.sentence).toContain(
      'for 46 working days (since 1 Oct 2026); at most 45 (statutory guidance) — flagged after 45 working days.',
    );
  });

  it('never flags a stage without a threshold, a closed matter or an unknown stage', () => {
    const long = '2030-01-01';
    expect(
      stageOverdueFlag({ kind: 'asylum_claim', stage: 'granted', stageSince: '2026-01-01' }, long, T),
    ).toBeNull();
    expect(stageOverdueFlag({ ...referred, stage: 'closed' }, long, T)).toBeNull();
    expect(stageOverdueFlag({ ...referred, stage: 'no_such_stage' }, long, T)).toBeNull();
  });

  it('uses custom stage thresholds in calendar days instead of the defaults', () => {
    const custom = stallThresholdsSchema.parse({
      stages: [
        {
          kind: 'nrm_referral',
          stage: 'referred',
          after: 3,
          unit: 'calendar_days',
          waiting: 'Waiting for RG',
        },
      ],
    });
    expect(stageOverdueFlag(referred, '2026-11-05', custom)).toBeNull();
    expect(stageOverdueFlag(referred, '2026-11-06', custom)?.sentence).toBe(
      'Waiting for RG for 4 days (since 2 Nov 2026); flagged after 3 days.',
    );
    const asylum = { kind: 'asylum_claim' as const, stage: 'awaiting_decision', stageSince: '2026-01-01' };
    expect(stageOverdueFlag(asylum, '2029-01-01', custom)).toBeNull();
  });
});

describe('deadline_overdue', () => {
  it('flags a deadline the day after it was due, not on the day', () => {
    const deadlines = [{ title: 'Appeal to the First-tier Tribunal', due: '2026-11-16' }];
    expect(deadlineOverdueFlag(deadlines, '2026-11-16')).toBeNull();
    expect(deadlineOverdueFlag(deadlines, '2026-11-17')).toEqual({
      reason: 'deadline_overdue',
      sentence:
        'The deadline “Appeal to the First-tier Tribunal” was due on 16 Nov 2026 and is 1 day overdue.',
    });
  });

  it('names the oldest of several overdue deadlines', () => {
    const deadlines = [
      { title: 'Reconsideration request', due: '2026-11-10' },
      { title: 'Victims’ Right to Review', due: '2026-11-03' },
      { title: 'Not yet', due: '2026-12-01' },
    ];
    expect(deadlineOverdueFlag(deadlines, '2026-11-23')?.sentence).toBe(
      '2 deadlines are overdue; the oldest, “Victims’ Right to Review”, was due on 3 Nov 2026 (20 days ago).',
    );
    expect(deadlineOverdueFlag([], '2026-11-23')).toBeNull();
  });
});

describe('reply_overdue', () => {
  const reply = { from: 'Home Office', subject: 'Request for a decision date', due: '2026-11-02' };

  it('flags a reply more than 10 days late, not exactly 10', () => {
    expect(replyOverdueFlag([reply], '2026-11-12', T)).toBeNull();
    expect(replyOverdueFlag([reply], '2026-11-13', T)).toEqual({
      reason: 'reply_overdue',
      sentence:
        'The reply from Home Office about “Request for a decision date” was due on 2 Nov 2026 and is 11 days late; flagged when more than 10 days late.',
    });
  });

  it('names the oldest late reply and uses a custom number of days', () => {
    const five = stallThresholdsSchema.parse({ replyOverdueDays: 5 });
    const other = { from: null, subject: 'Subject access request', due: '2026-11-01' };
    expect(replyOverdueFlag([reply, other], '2026-11-08', five)?.sentence).toBe(
      '2 replies are late; the oldest, about “Subject access request”, was due on 1 Nov 2026 (7 days ago); flagged when more than 5 days late.',
    );
    expect(replyOverdueFlag([reply, other], '2026-11-07', five)?.sentence).toContain(
      'The reply about “Subject access request”',
    );
  });
});

describe('missed_appointment_without_follow_up', () => {
  const facts = {
    ...open,
    missedAppointmentsOn: ['2026-11-10'],
    activity: { ...none, lastNoteOn: '2026-11-10' },
  };

  it('flags a missed appointment with nothing recorded on a later day', () => {
    expect(missedAppointmentFlag(facts, '2026-11-23')).toEqual({
      reason: 'missed_appointment_without_follow_up',
      sentence:
        'The client missed the appointment on 10 Nov 2026 and nothing has been recorded since (13 days).',
    });
  });

  it('is not flagged on the day itself, nor once there is activity on a later day', () => {
    expect(missedAppointmentFlag(facts, '2026-11-10')).toBeNull();
    const followed = { ...facts, activity: { ...none, lastCommunicationOn: '2026-11-11' } };
    expect(missedAppointmentFlag(followed, '2026-11-23')).toBeNull();
  });

  it('names the first missed appointment not followed up, and counts later ones', () => {
    const two = {
      ...facts,
      missedAppointmentsOn: ['2026-11-17', '2026-10-01', '2026-11-12'],
      activity: { ...none, lastNoteOn: '2026-11-11' },
    };
    expect(missedAppointmentFlag(two, '2026-11-23')?.sentence).toBe(
      'The client missed the appointment on 12 Nov 2026 (and 1 later one since) and nothing has been recorded since (11 days).',
    );
    expect(missedAppointmentFlag({ ...facts, status: 'closed' }, '2026-11-23')).toBeNull();
  });
});

describe('no_key_worker', () => {
  it('flags an open case without a key worker only', () => {
    expect(noKeyWorkerFlag({ ...open, keyWorkerId: null })).toEqual({
      reason: 'no_key_worker',
      sentence: 'No key worker for this open case (opened 1 Sep 2026).',
    });
    expect(noKeyWorkerFlag({ ...open, keyWorkerId: 'u1' })).toBeNull();
    expect(noKeyWorkerFlag({ ...open, status: 'closed', keyWorkerId: null })).toBeNull();
  });
});

describe('review_due', () => {
  const never = { ...open, lastReviewOn: null, nextReviewOn: null };

  it('flags a case never reviewed more than 90 days after it opened', () => {
    // 1 Sep 2026 + 90 days = 30 Nov 2026.
    expect(reviewDueFlag(never, '2026-11-30', T)).toBeNull();
    expect(reviewDueFlag(never, '2026-12-01', T)).toEqual({
      reason: 'review_due',
      sentence:
        'No supervision review since the case was opened on 1 Sep 2026, 91 days ago; reviews are due every 90 days.',
    });
  });

  it('counts from the last review, with a custom interval', () => {
    const reviewed = { ...never, lastReviewOn: '2026-11-01' };
    const thirty = stallThresholdsSchema.parse({ reviewIntervalDays: 30 });
    expect(reviewDueFlag(reviewed, '2026-12-01', thirty)).toBeNull();
    expect(reviewDueFlag(reviewed, '2026-12-02', thirty)?.sentence).toBe(
      'Last supervision review on 1 Nov 2026, 31 days ago; reviews are due every 30 days.',
    );
  });

  it('follows the next-review date when one was set', () => {
    const planned = { ...never, lastReviewOn: '2026-06-01', nextReviewOn: '2026-12-15' };
    expect(reviewDueFlag(planned, '2026-12-15', T)).toBeNull();
    expect(reviewDueFlag(planned, '2026-12-18', T)?.sentence).toBe(
      'The supervision review planned for 15 Dec 2026 is 3 days overdue.',
    );
    expect(reviewDueFlag({ ...planned, status: 'closed' }, '2027-06-01', T)).toBeNull();
  });
});
