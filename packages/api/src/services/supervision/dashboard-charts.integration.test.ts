import { auditLog, type Database } from '@umbrella/db';
import {
  createClientCase,
  createCommunication,
  createDeadline,
  createMatterWithHistory,
  createUser,
  type CaseRef,
  type ClientCaseOverrides,
} from '@umbrella/db/testing';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

const TODAY = '2026-11-23'; // the harness clock: Monday 23 Nov 2026

let api: TestApi;
let db: Database;
let supervisor: SignedIn;
let caseworker: SignedIn;
let me = '';
const files = new Map<string, CaseRef>();
const at = (iso: string) => new Date(iso);

async function craft(name: string, overrides: ClientCaseOverrides = {}): Promise<CaseRef> {
  const file = await createClientCase(db, {
    displayName: name,
    keyWorkerId: me,
    openedOn: '2026-01-01',
    ...overrides,
  });
  files.set(name, file);
  return file;
}
const caseOf = (name: string) => files.get(name)?.caseId;

/**
 * Overdue items with histories across the twelve weeks (Sundays 13 Sep ... 22 Nov, then today):
 * - Tia: a deadline due 1 Oct, met 20 Oct (overdue 4, 11, 18 Oct); one due 10 Sep but only entered 25 Sep and
 *   waived 5 Oct (overdue 27 Sep, 4 Oct).
 * - Ray: a reply due 6 Oct answered 14 Oct (overdue 11 Oct); one due 29 Oct chased 10 Nov (overdue 1, 8 Nov), its
 *   chaser due 24 Nov (not yet).
 * - Tom: a deadline due 16 Nov, still open (overdue 22 Nov and today).
 * - Cal: a deadline due 1 Oct on a case closed on 12 Oct (overdue 4 and 11 Oct only).
 */
async function craftTrend(): Promise<void> {
  const tia = await craft('Tia Trend');
  await createDeadline(db, tia, {
    due: '2026-10-01',
    createdById: me,
    createdAt: at('2026-09-15T09:00:00Z'),
    status: 'met',
    statusChangedAt: at('2026-10-20T12:00:00Z'),
  });
  await createDeadline(db, tia, {
    due: '2026-09-10',
    createdById: me,
    createdAt: at('2026-09-25T09:00:00Z'),
    status: 'waived',
    statusChangedAt: at('2026-10-05T12:00:00Z'),
  });
  const ray = await craft('Ray Replies');
  const answer = await createCommunication(db, ray, {
    direction: 'incoming',
    occurredOn: '2026-10-14',
    recordedById: me,
  });
  await createCommunication(db, ray, {
    occurredOn: '2026-09-01',
    recordedById: me,
    replyState: 'answered',
    replyDue: '2026-10-06',
    answeredById: answer,
  });
  const chased = await createCommunication(db, ray, {
    occurredOn: '2026-10-01',
    recordedById: me,
    replyState: 'chased',
    replyDue: '2026-10-29',
  });
  await createCommunication(db, ray, {
    occurredOn: '2026-11-10',
    recordedById: me,
    replyState: 'awaiting',
    replyDue: '2026-11-24',
    chaserOfId: chased,
  });
  const tom = await craft('Tom Today');
  await createDeadline(db, tom, {
    due: '2026-11-16',
    createdById: me,
    createdAt: at('2026-11-01T09:00:00Z'),
  });
  const cal = await craft('Cal Closed', { status: 'closed', closedOn: '2026-10-12' });
  await createDeadline(db, cal, {
    due: '2026-10-01',
    createdById: me,
    createdAt: at('2026-09-01T09:00:00Z'),
  });
}

/**
 * NRM referrals: completed stays in "referred" of 10, 20, 30 and 4 days (the last left by closing the matter),
 * one current stay of 10 days, and one on a closed case (counted nowhere).
 */
async function craftStages(): Promise<void> {
  const nrm = (file: CaseRef, stages: { stage: string; on: string }[]) =>
    createMatterWithHistory(db, file, { kind: 'nrm_referral', stages, recordedById: me });
  await nrm(await craft('Ann Ten'), [
    { stage: 'referral_considered', on: '2026-01-05' },
    { stage: 'referred', on: '2026-01-10' },
    { stage: 'rg_positive', on: '2026-01-20' },
    { stage: 'cg_positive', on: '2026-06-20' },
  ]);
  await nrm(await craft('Bea Twenty'), [
    { stage: 'referred', on: '2026-02-01' },
    { stage: 'rg_positive', on: '2026-02-21' },
  ]);
  await nrm(await craft('Cat Thirty'), [
    { stage: 'referred', on: '2026-03-01' },
    { stage: 'rg_negative', on: '2026-03-31' },
    { stage: 'reconsideration_requested', on: '2026-04-10' },
  ]);
  await nrm(await craft('Dan Current'), [{ stage: 'referred', on: '2026-11-13' }]);
  await nrm(await craft('Eve Closed Case', { status: 'closed', closedOn: '2026-10-20' }), [
    { stage: 'referred', on: '2026-10-01' },
  ]);
  await nrm(await craft('Fay Four'), [
    { stage: 'referred', on: '2026-05-01' },
    { stage: 'closed', on: '2026-05-05' },
  ]);
}

beforeAll(async () => {
  api = await createTestApi();
  db = api.handle.db;
  supervisor = await signedIn(api, { role: 'supervisor', displayName: 'Sam Super', email: 'sam@x.test' });
  caseworker = await signedIn(api, { role: 'caseworker', email: 'cw@x.test' });
  me = (await createUser(db, { displayName: 'Kay Worker' })).id;
  await craftTrend();
  await craftStages();
});
afterAll(async () => {
  await api.close();
});

async function lastAudit(action: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row;
}

describe('supervision.overdueTrend', () => {
  it('counts what was overdue at the end of each of twelve Sundays, the current week as of today', async () => {
    const trend = await (await supervisor.call()).supervision.overdueTrend();
    expect(trend.today).toBe(TODAY);
    const row = (overdueDeadlines: number, repliesOverdue: number, cases: number) => ({
      overdueDeadlines,
      repliesOverdue,
      cases,
    });
    expect(trend.weeks).toEqual([
      { weekEnding: '2026-09-13', ...row(0, 0, 0) },
      { weekEnding: '2026-09-20', ...row(0, 0, 0) },
      { weekEnding: '2026-09-27', ...row(1, 0, 1) },
      { weekEnding: '2026-10-04', ...row(3, 0, 2) },
      { weekEnding: '2026-10-11', ...row(2, 1, 3) },
      { weekEnding: '2026-10-18', ...row(1, 0, 1) },
      { weekEnding: '2026-10-25', ...row(0, 0, 0) },
      { weekEnding: '2026-11-01', ...row(0, 1, 1) },
      { weekEnding: '2026-11-08', ...row(0, 1, 1) },
      { weekEnding: '2026-11-15', ...row(0, 0, 0) },
      { weekEnding: '2026-11-22', ...row(1, 0, 1) },
      { weekEnding: '2026-11-29', ...row(1, 0, 1) },
    ]);
    expect((await lastAudit('supervision.overdue_trend'))?.details).toEqual({
      from: '2026-09-13',
      to: '2026-11-29',
    });
  });

  it('drills down to the cases behind one week, with their counts, paged', async () => {
    const call = async (on: string, cursor: string | null = null, limit = 25) =>
      (await supervisor.call()).supervision.overdueAt({ on, cursor, limit });
    const week = await call('2026-10-11');
    expect(week).toMatchObject({ on: '2026-10-11', total: 3, nextCursor: null });
    expect(week.items).toEqual([
      {
        caseId: caseOf('Cal Closed'),
        personId: files.get('Cal Closed')?.personId,
        displayName: 'Cal Closed',
        keyWorker: { id: me, displayName: 'Kay Worker' },
        overdueDeadlines: 1,
        repliesOverdue: 0,
      },
      expect.objectContaining({ displayName: 'Ray Replies', overdueDeadlines: 0, repliesOverdue: 1 }),
      expect.objectContaining({ displayName: 'Tia Trend', overdueDeadlines: 1, repliesOverdue: 0 }),
    ]);
    const first = await call('2026-10-04', null, 1);
    expect(first.items.map((i) => [i.displayName, i.overdueDeadlines])).toEqual([['Tia Trend', 2]]);
    expect(first.nextCursor).toBe('1');
    const second = await call('2026-10-04', first.nextCursor, 1);
    expect(second.items.map((i) => i.displayName)).toEqual(['Cal Closed']);
    expect(second.nextCursor).toBeNull();
    expect((await lastAudit('supervision.overdue_at'))?.details).toEqual({
      on: '2026-10-04',
      cursor: '1',
      caseIds: [caseOf('Cal Closed')],
    });
    const thisWeek = await call('2026-11-29');
    expect(thisWeek.on).toBe(TODAY);
    expect(thisWeek.items.map((i) => i.displayName)).toEqual(['Tom Today']);
  });
});

describe('supervision.stageDurations', () => {
  it('gives the median, 90th centile and longest completed stay per stage, in the machine’s order', async () => {
    const durations = await (await supervisor.call()).supervision.stageDurations({ kind: 'nrm_referral' });
    expect(durations.kind).toBe('nrm_referral');
    expect(durations.stages.map((s) => s.stage)).toEqual([
      'referral_considered',
      'referred',
      'rg_positive',
      'rg_negative',
      'reconsideration_requested',
      'cg_positive',
    ]);
    expect(durations.stages[1]).toEqual({
      stage: 'referred',
      stageLabel: 'Referred',
      stays: 4,
      medianDays: 15,
      p90Days: 27,
      longestDays: 30,
      currentlyIn: 1,
    });
    expect(durations.stages[0]).toMatchObject({ stays: 1, medianDays: 5, currentlyIn: 0 });
    expect(durations.stages[2]).toMatchObject({ stays: 1, longestDays: 151, currentlyIn: 1 });
    expect(durations.stages[5]).toMatchObject({ stays: 0, medianDays: null, currentlyIn: 1 });
    const none = await (await supervisor.call()).supervision.stageDurations({ kind: 'asylum_claim' });
    expect(none.stages).toEqual([]);
    expect((await lastAudit('supervision.stage_durations'))?.details).toEqual({ kind: 'asylum_claim' });
  });

  it('lists the stays behind a stage, longest first, completed and current', async () => {
    const call = async (cursor: string | null, limit: number) =>
      (await supervisor.call()).supervision.stageStays({
        kind: 'nrm_referral',
        stage: 'referred',
        cursor,
        limit,
      });
    const all = await call(null, 50);
    expect(all).toMatchObject({ kind: 'nrm_referral', stage: 'referred', stageLabel: 'Referred', total: 5 });
    expect(all.items.map((s) => [s.displayName, s.enteredOn, s.leftOn, s.days])).toEqual([
      ['Cat Thirty', '2026-03-01', '2026-03-31', 30],
      ['Bea Twenty', '2026-02-01', '2026-02-21', 20],
      ['Ann Ten', '2026-01-10', '2026-01-20', 10],
      ['Dan Current', '2026-11-13', null, 10],
      ['Fay Four', '2026-05-01', '2026-05-05', 4],
    ]);
    const page = await call(null, 2);
    expect(page.nextCursor).toBe('2');
    const rest = await call('2', 50);
    expect([...page.items, ...rest.items]).toEqual(all.items);
    expect(rest.nextCursor).toBeNull();
    await expect(
      (await supervisor.call()).supervision.stageStays({ kind: 'nrm_referral', stage: 'closed' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is for supervisors only', async () => {
    const cw = await caseworker.call();
    await expect(cw.supervision.overdueTrend()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cw.supervision.overdueAt({ on: TODAY })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cw.supervision.stageDurations({ kind: 'nrm_referral' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      cw.supervision.stageStays({ kind: 'nrm_referral', stage: 'referred' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
