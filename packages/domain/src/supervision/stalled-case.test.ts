import { describe, expect, it } from 'vitest';
import { stallFlags, type CaseFacts } from './stalled-case.ts';
import { STALL_REASONS } from './stall-rules.ts';
import { DEFAULT_STALL_THRESHOLDS as T } from './thresholds.ts';

const quiet: CaseFacts = {
  status: 'open',
  openedOn: '2026-11-02',
  keyWorkerId: 'u1',
  activity: {
    lastCommunicationOn: '2026-11-20',
    lastNoteOn: null,
    lastStageChangeOn: null,
    lastAppointmentOn: null,
    lastDeadlineMetOn: null,
  },
  matters: [{ kind: 'nrm_referral', stage: 'referred', stageSince: '2026-11-18' }],
  openDeadlines: [{ title: 'Reconsideration request', due: '2026-12-01' }],
  awaitedReplies: [],
  missedAppointmentsOn: [],
  lastReviewOn: null,
  nextReviewOn: null,
};

describe('stallFlags', () => {
  it('finds nothing on a case that is moving', () => {
    expect(stallFlags(quiet, '2026-11-23', T)).toEqual([]);
  });

  it('lists every reason in order, one stage flag per stalled matter', () => {
    const stalled: CaseFacts = {
      ...quiet,
      openedOn: '2026-01-05',
      keyWorkerId: null,
      activity: { ...quiet.activity, lastCommunicationOn: '2026-10-01' },
      matters: [
        { kind: 'nrm_referral', stage: 'referred', stageSince: '2026-10-01' },
        { kind: 'asylum_claim', stage: 'awaiting_decision', stageSince: '2026-02-01' },
        { kind: 'police_report', stage: 'charged', stageSince: '2026-01-10' },
      ],
      openDeadlines: [{ title: 'Appeal', due: '2026-11-20' }],
      awaitedReplies: [{ from: 'Home Office', subject: 'Update', due: '2026-11-01' }],
      missedAppointmentsOn: ['2026-11-02'],
    };
    const flags = stallFlags(stalled, '2026-11-23', T);
    expect(flags.map((f) => f.reason)).toEqual([
      'deadline_overdue',
      'reply_overdue',
      'missed_appointment_without_follow_up',
      'stage_overdue',
      'stage_overdue',
      'no_activity',
      'no_key_worker',
      'review_due',
    ]);
    expect(new Set(flags.map((f) => f.reason))).toEqual(new Set(STALL_REASONS));
    expect(flags[3]?.sentence).toContain('Reasonable Grounds');
    expect(flags[4]?.sentence).toContain('asylum decision');
  });

  it('uses the case’s jurisdiction for working days unless the matter names its own', () => {
    // Fri 27 Nov 2026; St Andrew’s Day (Mon 30 Nov) is a bank holiday in Scotland only.
    const facts: CaseFacts = {
      ...quiet,
      jurisdiction: 'scotland',
      matters: [{ kind: 'nrm_referral', stage: 'referred', stageSince: '2026-11-27' }],
    };
    const stageReasons = (f: CaseFacts, today: string) =>
      stallFlags(f, today, T).filter((flag) => flag.reason === 'stage_overdue');
    expect(stageReasons(facts, '2026-12-14')).toEqual([]);
    expect(stageReasons(facts, '2026-12-15')).toHaveLength(1);
    const inEngland = {
      ...facts,
      matters: [{ ...facts.matters[0]!, jurisdiction: 'england-and-wales' as const }],
    };
    expect(stageReasons(inEngland, '2026-12-11')).toEqual([]);
    expect(stageReasons(inEngland, '2026-12-12')).toHaveLength(1);
  });

  it('never flags a closed case', () => {
    expect(stallFlags({ ...quiet, status: 'closed', keyWorkerId: null }, '2030-01-01', T)).toEqual([]);
  });
});
