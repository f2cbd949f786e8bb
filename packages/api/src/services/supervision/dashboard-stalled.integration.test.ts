import { auditLog, type Database } from '@umbrella/db';
import {
  createAppointment,
  createClientCase,
  createCommunication,
  createDeadline,
  createMatterWithHistory,
  createSupervisionReview,
  createTeam,
  createTimelineEvent,
  createUser,
  type CaseRef,
  type ClientCaseOverrides,
} from '@umbrella/db/testing';
import {
  addCalendarDays,
  DEFAULT_STALL_THRESHOLDS,
  stallCutoffs,
  STALL_REASONS,
  stallFlags,
  type StalledCasesInput,
  type StallReason,
} from '@umbrella/domain';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { loadCaseFacts } from './case-facts.ts';
import { openCaseStallsSql, stallReasonRowsSql } from './stall-query.ts';

const TODAY = '2026-11-23'; // the harness clock: Monday 23 Nov 2026, 10:00 London

let api: TestApi;
let db: Database;
let supervisor: SignedIn;
let alice: SignedIn;
const users = { bob: '', carol: '', volunteer: '' };
const files = new Map<string, CaseRef>();

/**
 * Each crafted case and the reasons it must be flagged for: one reason each, then the edges just inside each
 * threshold (nothing), a case with three reasons, a closed case and an archived client (never flagged).
 */
const EXPECTED: Record<string, StallReason[]> = {
  'Ada Deadline': ['deadline_overdue'],
  'Ben Due Today': [],
  'Cy Reply Late': ['reply_overdue'],
  'Di Reply Ten Days': [],
  'Ed Missed': ['missed_appointment_without_follow_up'],
  'Flo Followed Up': [],
  'Gus Missed Today': [],
  'Hal Stage Overdue': ['stage_overdue'],
  'Ivy Stage Within': [],
  'Jo Idle Fifteen': ['no_activity'],
  'Kit Idle Fourteen': [],
  'Lu Future Letter': ['no_activity'],
  'Mo Later Today': ['no_activity'],
  'Ned Deadline Met': [],
  'Oz Appointment Held': [],
  'Pat No Key Worker': ['no_key_worker'],
  'Quin Review Due': ['review_due'],
  'Rae Reviewed Ninety': [],
  'Sol Next Review Today': [],
  'Tam Next Review Passed': ['review_due'],
  'Uma Many': ['deadline_overdue', 'no_activity', 'no_key_worker'],
  'Vi Hidden': ['no_key_worker'],
  'Wes Closed': [],
  'Xan Archived': [],
  'Yul Healthy': [],
};
const stalledNames = () =>
  Object.entries(EXPECTED)
    .filter(([, reasons]) => reasons.length > 0)
    .map(([name]) => name);

/** The stalled cases, longest without activity first (the list's default order). */
const LONGEST_IDLE_FIRST = [
  'Uma Many',
  'Lu Future Letter',
  'Mo Later Today',
  'Jo Idle Fifteen',
  'Ada Deadline',
  'Cy Reply Late',
  'Ed Missed',
  'Hal Stage Overdue',
  'Pat No Key Worker',
  'Quin Review Due',
  'Tam Next Review Passed',
  'Vi Hidden',
];

const at = (iso: string) => new Date(iso);

/** A case with a key worker (Alice unless said), opened 1 Nov, a note on Fri 20 Nov: nothing to flag. */
async function craft(
  name: string,
  overrides: ClientCaseOverrides & { note?: string | null } = {},
): Promise<CaseRef> {
  const { note = '2026-11-20', ...rest } = overrides;
  const file = await createClientCase(db, {
    displayName: name,
    keyWorkerId: alice.user.id,
    openedOn: '2026-11-01',
    ...rest,
  });
  if (note)
    await createTimelineEvent(db, file, {
      kind: 'note',
      occurredOn: note,
      recordedById: alice.user.id,
      note: 'Called.',
    });
  files.set(name, file);
  return file;
}

async function craftAll(): Promise<void> {
  const me = alice.user.id;
  const stageCutoff = stallCutoffs(DEFAULT_STALL_THRESHOLDS, TODAY).stages.find(
    (s) => s.kind === 'nrm_referral' && s.stage === 'referred',
  )?.flaggedIfSinceOnOrBefore;
  if (!stageCutoff) throw new Error('no NRM cut-off');
  const bob = { keyWorkerId: users.bob };

  const ada = await craft('Ada Deadline', bob);
  await createDeadline(db, ada, { due: '2026-11-20', createdById: me, title: 'Send the witness statement' });
  const ben = await craft('Ben Due Today', bob);
  await createDeadline(db, ben, { due: TODAY, createdById: me });
  await createDeadline(db, ben, {
    due: '2026-11-01',
    createdById: me,
    status: 'met',
    statusChangedAt: at('2026-11-05T12:00:00Z'),
  });
  await createDeadline(db, ben, {
    due: '2026-10-01',
    createdById: me,
    status: 'waived',
    statusChangedAt: at('2026-10-02T12:00:00Z'),
  });

  const cy = await craft('Cy Reply Late', bob);
  await createCommunication(db, cy, {
    occurredOn: '2026-10-20',
    recordedById: me,
    replyState: 'awaiting',
    replyDue: '2026-11-12',
    subject: 'Request for records',
  });
  const di = await craft('Di Reply Ten Days', bob);
  await createCommunication(db, di, {
    occurredOn: '2026-10-20',
    recordedById: me,
    replyState: 'awaiting',
    replyDue: '2026-11-13',
  });
  await createCommunication(db, di, {
    occurredOn: '2026-10-01',
    recordedById: me,
    replyState: 'answered',
    replyDue: '2026-10-15',
  });

  const report = {
    createdById: me,
    outcome: 'client_did_not_attend' as const,
    reportedById: users.volunteer,
  };
  await createAppointment(db, await craft('Ed Missed'), { ...report, startsAt: at('2026-11-20T14:00:00Z') });
  await createAppointment(db, await craft('Flo Followed Up'), {
    ...report,
    startsAt: at('2026-11-19T14:00:00Z'),
  });
  await createAppointment(db, await craft('Gus Missed Today'), {
    ...report,
    startsAt: at('2026-11-23T09:00:00Z'),
  });

  await createMatterWithHistory(db, await craft('Hal Stage Overdue'), {
    kind: 'nrm_referral',
    stages: [
      { stage: 'referral_considered', on: '2026-10-01' },
      { stage: 'referred', on: stageCutoff },
    ],
    recordedById: me,
  });
  const ivy = await craft('Ivy Stage Within');
  await createMatterWithHistory(db, ivy, {
    kind: 'nrm_referral',
    stages: [{ stage: 'referred', on: addCalendarDays(stageCutoff, 1) }],
    recordedById: me,
  });
  await createMatterWithHistory(db, ivy, {
    kind: 'asylum_claim',
    stages: [{ stage: 'claimed', on: '2025-01-01' }],
    recordedById: me,
  });
  await createMatterWithHistory(db, ivy, {
    kind: 'police_report',
    stages: [
      { stage: 'investigating', on: '2025-01-01' },
      { stage: 'closed', on: '2025-02-01' },
    ],
    recordedById: me,
  });

  const october = { openedOn: '2026-10-01' };
  await craft('Jo Idle Fifteen', { ...october, note: '2026-11-08' });
  await craft('Kit Idle Fourteen', { ...october, note: '2026-11-09' });
  const lu = await craft('Lu Future Letter', { ...october, note: null });
  await createCommunication(db, lu, { occurredOn: '2026-11-25', recordedById: me });
  const mo = await craft('Mo Later Today', { ...october, note: null });
  await createAppointment(db, mo, { createdById: me, startsAt: at('2026-11-23T15:00:00Z') });
  const ned = await craft('Ned Deadline Met', { ...october, note: null });
  await createDeadline(db, ned, {
    due: '2026-11-19',
    createdById: me,
    status: 'met',
    statusChangedAt: at('2026-11-20T12:00:00Z'),
  });
  const oz = await craft('Oz Appointment Held', { ...october, note: null });
  await createAppointment(db, oz, { createdById: me, startsAt: at('2026-11-18T10:00:00Z') });
  await createAppointment(db, oz, {
    createdById: me,
    startsAt: at('2026-11-21T10:00:00Z'),
    status: 'cancelled',
  });

  await craft('Pat No Key Worker', { keyWorkerId: null });
  const june = { openedOn: '2026-06-01' };
  const review = (file: CaseRef, reviewedOn: string, nextReviewOn: string | null = null) =>
    createSupervisionReview(db, file, { reviewerId: supervisor.user.id, reviewedOn, nextReviewOn });
  await review(await craft('Quin Review Due', { ...june, keyWorkerId: users.carol }), '2026-08-24');
  await review(await craft('Rae Reviewed Ninety', june), '2026-08-25');
  const sol = await craft('Sol Next Review Today', june);
  await review(sol, '2026-06-01', TODAY);
  await review(sol, '2026-05-01', '2026-06-01');
  await review(await craft('Tam Next Review Passed'), '2026-11-01', '2026-11-22');

  const uma = await craft('Uma Many', { keyWorkerId: null, openedOn: '2026-09-01', note: null });
  await createDeadline(db, uma, {
    due: '2026-11-01',
    createdById: me,
    createdAt: at('2026-09-01T10:00:00Z'),
  });
  const team = await createTeam(db, { memberIds: [users.bob] });
  await craft('Vi Hidden', { keyWorkerId: null, restricted: true, teamId: team.id });
  const wes = await craft('Wes Closed', {
    openedOn: '2025-01-01',
    status: 'closed',
    closedOn: '2025-06-01',
    note: null,
  });
  await createDeadline(db, wes, { due: '2026-01-01', createdById: me });
  await craft('Xan Archived', {
    keyWorkerId: null,
    openedOn: '2025-01-01',
    archivedAt: at('2026-11-01T10:00:00Z'),
    note: null,
  });
  await craft('Yul Healthy');
}

beforeAll(async () => {
  api = await createTestApi();
  db = api.handle.db;
  supervisor = await signedIn(api, { role: 'supervisor', displayName: 'Sam Super', email: 'sam@x.test' });
  alice = await signedIn(api, { role: 'caseworker', displayName: 'Alice Able', email: 'alice@x.test' });
  users.bob = (await createUser(db, { displayName: 'Bob Baker' })).id;
  users.carol = (await createUser(db, { displayName: 'Carol Cole', active: false })).id;
  users.volunteer = (await createUser(db, { displayName: 'Vera Volunteer', role: 'volunteer' })).id;
  await craftAll();
});
afterAll(async () => {
  await api.close();
});

async function sqlReasons(): Promise<Map<string, string[]>> {
  const result = await db.execute(
    openCaseStallsSql(stallCutoffs(DEFAULT_STALL_THRESHOLDS, TODAY), api.clock.now),
  );
  return new Map(
    (result.rows as { case_id: string; reasons: string[] }[]).map((r) => [r.case_id, r.reasons]),
  );
}

async function lastAudit(action: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row;
}

describe('the stall query', () => {
  it('finds each reason on its own case, and nothing just inside a threshold, on a closed case or an archived client', async () => {
    const found = await sqlReasons();
    const byName = Object.fromEntries(
      Object.keys(EXPECTED).map((name) => [name, found.get(files.get(name)?.caseId ?? '') ?? []]),
    );
    expect(byName).toEqual(EXPECTED);
    expect(found.has(files.get('Wes Closed')?.caseId ?? '')).toBe(false);
    expect(found.has(files.get('Xan Archived')?.caseId ?? '')).toBe(false);
  });

  it('agrees with the domain rules over the same facts, for every crafted case', async () => {
    // The (case_id, reason) rows, one per reason.
    const cutoffs = stallCutoffs(DEFAULT_STALL_THRESHOLDS, TODAY);
    const rows = (await db.execute(stallReasonRowsSql(cutoffs, api.clock.now))).rows as {
      case_id: string;
      reason: StallReason;
    }[];
    expect(rows).toHaveLength(Object.values(EXPECTED).flat().length);
    const found = new Map<string, StallReason[]>();
    for (const r of rows) found.set(r.case_id, [...(found.get(r.case_id) ?? []), r.reason]);
    for (const list of found.values())
      list.sort((a, b) => STALL_REASONS.indexOf(a) - STALL_REASONS.indexOf(b));
    const facts = await loadCaseFacts(
      db,
      api.cipher,
      [...files.values()].map((f) => f.caseId),
      TODAY,
      api.clock.now,
    );
    expect(facts.size).toBe(files.size);
    for (const [name, file] of files) {
      const f = facts.get(file.caseId);
      if (!f) throw new Error(`no facts for ${name}`);
      const domain = [...new Set(stallFlags(f, TODAY, DEFAULT_STALL_THRESHOLDS).map((x) => x.reason))];
      expect({ name, reasons: found.get(file.caseId) ?? [] }).toEqual({ name, reasons: domain });
    }
  });

  it('gives the facts the domain needs: awaited replies, missed days, the latest review, open matters only', async () => {
    const ids = [
      'Cy Reply Late',
      'Ed Missed',
      'Sol Next Review Today',
      'Ivy Stage Within',
      'Lu Future Letter',
    ].map((n) => files.get(n)?.caseId ?? '');
    const facts = await loadCaseFacts(db, api.cipher, ids, TODAY, api.clock.now);
    expect(facts.get(ids[0] ?? '')?.awaitedReplies).toEqual([
      { from: 'Home Office', subject: 'Request for records', due: '2026-11-12' },
    ]);
    expect(facts.get(ids[1] ?? '')?.missedAppointmentsOn).toEqual(['2026-11-20']);
    expect(facts.get(ids[2] ?? '')).toMatchObject({ lastReviewOn: '2026-06-01', nextReviewOn: TODAY });
    expect(facts.get(ids[3] ?? '')?.matters.map((m) => m.kind)).toEqual(['asylum_claim', 'nrm_referral']);
    expect(facts.get(ids[4] ?? '')?.activity.lastCommunicationOn).toBeNull();
  });
});

describe('supervision.stalledCases', () => {
  it('lists the stalled cases, longest idle first, with reasons from SQL, sentences from the domain, counts per reason', async () => {
    const page = await (await supervisor.call()).supervision.stalledCases({ limit: 50 });
    expect(page.today).toBe(TODAY);
    expect(page.total).toBe(stalledNames().length);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((i) => i.displayName)).toEqual(LONGEST_IDLE_FIRST);
    for (const item of page.items) {
      expect(item.reasons).toEqual(EXPECTED[item.displayName]);
      expect(item.flags.map((f) => f.reason)).toEqual(item.reasons);
    }
    expect(page.reasonCounts).toEqual({
      deadline_overdue: 2,
      reply_overdue: 1,
      missed_appointment_without_follow_up: 1,
      stage_overdue: 1,
      no_activity: 4,
      no_key_worker: 3,
      review_due: 2,
    });
    const uma = page.items[0];
    expect(uma).toMatchObject({
      idleDays: 83,
      lastActivityOn: null,
      openedOn: '2026-09-01',
      keyWorker: null,
    });
    const hal = page.items.find((i) => i.displayName === 'Hal Stage Overdue');
    expect(hal).toMatchObject({ matterKinds: ['nrm_referral'], idleDays: 3, lastActivityOn: '2026-11-20' });
    expect(hal?.keyWorker).toEqual({ id: alice.user.id, displayName: 'Alice Able' });
    expect(hal?.flags[0]?.sentence).toMatch(
      /^Waiting for the Reasonable Grounds decision for 11 working days/,
    );
    expect(page.items.find((i) => i.displayName === 'Vi Hidden')?.restricted).toBe(true);

    const audit = await lastAudit('supervision.stalled_cases');
    expect(audit).toMatchObject({
      actorUserId: supervisor.user.id,
      outcome: 'success',
      entityType: 'supervision',
    });
    expect(audit?.details).toEqual({
      keyWorker: null,
      matterKind: null,
      reason: null,
      sort: 'idle',
      cursor: null,
      caseIds: page.items.map((i) => i.caseId),
    });
  });

  it('filters by reason (counts unchanged), key worker, no key worker and matter kind', async () => {
    const call = async (input: StalledCasesInput) =>
      (await supervisor.call()).supervision.stalledCases(input);
    const idle = await call({ reason: 'no_activity' });
    expect(idle.items.map((i) => i.displayName)).toEqual([
      'Uma Many',
      'Lu Future Letter',
      'Mo Later Today',
      'Jo Idle Fifteen',
    ]);
    expect(idle.total).toBe(4);
    expect(idle.reasonCounts.no_key_worker).toBe(3);

    const bobs = await call({ keyWorker: users.bob });
    expect(bobs.items.map((i) => i.displayName)).toEqual(['Ada Deadline', 'Cy Reply Late']);
    expect(bobs.reasonCounts).toMatchObject({
      deadline_overdue: 1,
      reply_overdue: 1,
      no_activity: 0,
      no_key_worker: 0,
    });

    const none = await call({ keyWorker: 'none' });
    expect(none.items.map((i) => i.displayName)).toEqual(['Uma Many', 'Pat No Key Worker', 'Vi Hidden']);
    expect(none.reasonCounts).toMatchObject({
      no_key_worker: 3,
      deadline_overdue: 1,
      no_activity: 1,
      review_due: 0,
    });

    const nrm = await call({ matterKind: 'nrm_referral' });
    expect(nrm.items.map((i) => i.displayName)).toEqual(['Hal Stage Overdue']);
    expect(nrm.reasonCounts.stage_overdue).toBe(1);
    const both = await call({ keyWorker: users.bob, reason: 'stage_overdue' });
    expect(both).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it('sorts by reasons, client and key worker, each with a stable tie-break', async () => {
    const names = async (sort: 'reasons' | 'client' | 'caseworker') =>
      (await (await supervisor.call()).supervision.stalledCases({ sort, limit: 50 })).items.map(
        (i) => i.displayName,
      );
    expect(await names('client')).toEqual([...stalledNames()].sort());
    // Uma, the longest idle, is the only case with more than one reason: the same order.
    expect(await names('reasons')).toEqual(LONGEST_IDLE_FIRST);
    expect(await names('caseworker')).toEqual([
      'Lu Future Letter',
      'Mo Later Today',
      'Jo Idle Fifteen',
      'Ed Missed',
      'Hal Stage Overdue',
      'Tam Next Review Passed',
      'Ada Deadline',
      'Cy Reply Late',
      'Quin Review Due',
      'Uma Many',
      'Pat No Key Worker',
      'Vi Hidden',
    ]);
  });

  it('pages with an offset cursor: no case twice or missed, the same total on every page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page = await (
        await supervisor.call()
      ).supervision.stalledCases({ sort: 'client', limit: 5, cursor });
      expect(page.total).toBe(12);
      seen.push(...page.items.map((x) => x.displayName));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual([...stalledNames()].sort());
    // Every order pages the same way as one whole page.
    for (const sort of ['idle', 'reasons', 'caseworker'] as const) {
      const whole = await (await supervisor.call()).supervision.stalledCases({ sort, limit: 50 });
      const paged: string[] = [];
      for (let cursor: string | null = null, i = 0; i === 0 || (cursor !== null && i < 5); i += 1) {
        // 4 a page: a page spans the step from the cases with a key worker to those without (the 11th).
        const page = await (await supervisor.call()).supervision.stalledCases({ sort, limit: 4, cursor });
        paged.push(...page.items.map((x) => x.caseId));
        cursor = page.nextCursor;
      }
      expect(paged, sort).toEqual(whole.items.map((x) => x.caseId));
    }
    const beyond = await (await supervisor.call()).supervision.stalledCases({ cursor: '40' });
    expect(beyond).toMatchObject({ items: [], total: 12, nextCursor: null });
    expect(beyond.reasonCounts.no_activity).toBe(4);
  });

  it('refuses caseworkers: the dashboard is for supervisors', async () => {
    const before = await lastAudit('supervision.stalled_cases');
    await expect((await alice.call()).supervision.stalledCases({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect((await alice.call()).supervision.caseload()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await lastAudit('supervision.stalled_cases'))?.seq).toBe(before?.seq);
  });
});

describe('supervision.caseload', () => {
  it('gives each active caseworker and supervisor, then inactive holders, then the cases without a key worker', async () => {
    const caseload = await (await supervisor.call()).supervision.caseload();
    expect(caseload.today).toBe(TODAY);
    const rows = caseload.rows.map((r) => ({ ...r, user: r.user?.displayName ?? null }));
    const oldest = (name: string, lastActivityOn: string | null, idleDays: number) => ({
      caseId: files.get(name)?.caseId,
      personId: files.get(name)?.personId,
      displayName: name,
      lastActivityOn,
      idleDays,
    });
    expect(rows).toEqual([
      {
        user: 'Alice Able',
        openCases: 15,
        stalledCases: 6,
        overdueDeadlines: 0,
        repliesOverdue: 0,
        oldestUntouched: oldest('Lu Future Letter', null, 53),
      },
      {
        user: 'Bob Baker',
        openCases: 4,
        stalledCases: 2,
        overdueDeadlines: 1,
        // Cy's reply, more than 10 days late; Di's, exactly 10 days late, is not counted (as the stall rule).
        repliesOverdue: 1,
        oldestUntouched: oldest('Ada Deadline', '2026-11-20', 3),
      },
      {
        user: 'Sam Super',
        openCases: 0,
        stalledCases: 0,
        overdueDeadlines: 0,
        repliesOverdue: 0,
        oldestUntouched: null,
      },
      {
        user: 'Carol Cole',
        openCases: 1,
        stalledCases: 1,
        overdueDeadlines: 0,
        repliesOverdue: 0,
        oldestUntouched: oldest('Quin Review Due', '2026-11-20', 3),
      },
      {
        user: null,
        openCases: 3,
        stalledCases: 3,
        overdueDeadlines: 1,
        repliesOverdue: 0,
        oldestUntouched: oldest('Uma Many', null, 83),
      },
    ]);
    expect(caseload.rows[2]?.user).toEqual({
      id: supervisor.user.id,
      displayName: 'Sam Super',
      role: 'supervisor',
      active: true,
    });
    expect(caseload.rows[3]?.user).toMatchObject({ role: 'caseworker', active: false });
    const audit = await lastAudit('supervision.caseload');
    expect(audit?.details).toEqual({
      caseIds: caseload.rows.flatMap((r) => (r.oldestUntouched ? [r.oldestUntouched.caseId] : [])),
    });
  });
});
