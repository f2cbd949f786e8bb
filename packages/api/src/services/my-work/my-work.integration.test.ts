import { appointmentFollowUps, auditLog, cases, deadlines } from '@umbrella/db';
import { MY_WORK_FIRST_PAGE } from '@umbrella/domain';
import { createCommunication, createTeam, TEST_PASSWORD } from '@umbrella/db/testing';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAppointment, insertFiledReport } from '../accompaniments/test-rows.ts';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let alice: SignedIn;
let bob: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
const ids = { mine: '', lead: '', restricted: '', bobs: '' };

beforeAll(async () => {
  api = await createTestApi(); // Mon 23 Nov 2026
  alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker', displayName: 'Alice' });
  bob = await signedIn(api, { email: 'bob@x.test', role: 'caseworker', displayName: 'Bob' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const team = await createTeam(api.handle.db, { name: 'South', memberIds: [bob.user.id] });
  ids.mine = (await createClientVia(alice, { displayName: 'Mine', keyWorkerId: alice.user.id })).id;
  ids.bobs = (await createClientVia(bob, { displayName: 'Bobs', keyWorkerId: bob.user.id })).id;
  // Alice is key worker of a restricted client of Bob's team (she cannot open it).
  ids.restricted = (
    await createClientVia(bob, {
      displayName: 'Hidden',
      keyWorkerId: alice.user.id,
      restricted: true,
      teamId: team.id,
    })
  ).id;
  const add = async (who: SignedIn, personId: string, due: string, title: string) =>
    (await who.call()).deadlines.create({ personId, kind: 'date', due, title });
  await add(alice, ids.mine, '2026-11-20', 'Overdue one');
  await add(alice, ids.mine, '2026-11-23', 'Due today');
  await add(alice, ids.mine, '2026-12-07', 'Last day of the window');
  await add(alice, ids.mine, '2026-12-08', 'Beyond the window');
  const met = await add(alice, ids.mine, '2026-11-01', 'Already met');
  await (await alice.call()).deadlines.setStatus({ id: met.id, version: 1, status: 'met' });
  await add(bob, ids.restricted, '2026-11-24', 'Restricted');
  await add(bob, ids.bobs, '2026-11-25', 'Bob’s client');
  // A rule deadline from a stage event on Bob's client.
  const bobsCase = (await (await bob.call()).clients.get({ id: ids.bobs })).case.id;
  await (
    await bob.call()
  ).matters.open({
    caseId: bobsCase,
    kind: 'nrm_referral',
    stage: 'referred',
    openedOn: '2026-11-20',
    details: {},
  });
});
afterAll(async () => {
  await api.close();
});

const titles = (items: { title: string }[]) => items.map((d) => d.title);

describe('My work', () => {
  it('shows a caseworker the overdue and next-14-days deadlines of their own clients they may open', async () => {
    const work = await (await alice.call()).myWork.get({});
    expect(work.user).toEqual({ id: alice.user.id, displayName: 'Alice' });
    expect(work.today).toBe('2026-11-23');
    expect(titles(work.overdue)).toEqual(['Overdue one']);
    expect(work.overdue[0]).toMatchObject({ overdue: true, daysLeft: -3, clientDisplayName: 'Mine' });
    expect(titles(work.upcoming)).toEqual(['Due today', 'Last day of the window']);
    expect(work.counts).toEqual({
      overdue: 1,
      upcoming: 2,
      repliesOverdue: 0,
      followUps: 0,
      reportFollowUps: 0,
    });
    expect(await (await alice.call()).myWork.counts()).toEqual({
      overdue: 1,
      upcoming: 2,
      repliesOverdue: 0,
      followUps: 0,
      reportFollowUps: 0,
    });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'my_work.read'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ actorUserId: alice.user.id, entityId: alice.user.id });
    expect(audit?.details).toEqual({
      personIds: [ids.mine],
      deadlines: 3,
      communications: 0,
      reports: 0,
      reportFollowUps: 0,
    });
  });

  it('lets a supervisor view another caseworker’s My work, restricted clients included', async () => {
    const work = await (await supervisor.call()).myWork.get({ userId: alice.user.id });
    expect(work.user).toEqual({ id: alice.user.id, displayName: 'Alice' });
    expect(titles(work.upcoming)).toEqual(['Due today', 'Restricted', 'Last day of the window']);
    const bobs = await (await supervisor.call()).myWork.get({ userId: bob.user.id });
    expect(titles(bobs.upcoming)).toContain('Bob’s client');
    expect(titles(bobs.upcoming)).not.toContain('Due today');
    expect(bobs.upcoming.some((d) => d.ruleId === 'nrm.rg_decision_target')).toBe(true);
  });

  it('refuses a caseworker someone else’s My work, and volunteers altogether', async () => {
    await expect((await alice.call()).myWork.get({ userId: bob.user.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect((await alice.call()).myWork.get({ userId: alice.user.id })).resolves.toMatchObject({
      counts: { overdue: 1, upcoming: 2, repliesOverdue: 0, followUps: 0, reportFollowUps: 0 },
    });
    await expect((await volunteer.call()).myWork.get({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await volunteer.call()).myWork.counts()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const none = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'my_work.read'), eq(auditLog.actorUserId, volunteer.user.id)));
    expect(none).toEqual([]);
  });

  it('includes clients whose case file the user leads', async () => {
    const led = await createClientVia(bob, { displayName: 'Led', keyWorkerId: alice.user.id });
    await (await bob.call()).clients.get({ id: led.id });
    await (
      await bob.call()
    ).deadlines.create({ personId: led.id, kind: 'date', due: '2026-11-26', title: 'Led one' });
    expect(titles((await (await alice.call()).myWork.get({})).upcoming)).toContain('Led one');
  });
  it('lists accompaniment reports of the last 14 days and the follow-ups still waiting, on clients it may open', async () => {
    const db = api.handle.db;
    const caseOf = async (personId: string) =>
      (await db.select({ id: cases.id }).from(cases).where(eq(cases.personId, personId)))[0]?.id ?? '';
    const reportOn = async (personId: string, startsAt: string, filedAt: string) => {
      const appointmentId = await insertAppointment(db, {
        personId,
        caseId: await caseOf(personId),
        createdById: alice.user.id,
        startsAt,
        endsAt: startsAt.replace(/T\d\d/, 'T23'),
        volunteers: [{ userId: volunteer.user.id, status: 'accepted' }],
      });
      const reportId = await insertFiledReport(db, {
        appointmentId,
        volunteerId: volunteer.user.id,
        personId,
        outcome: 'attended',
        minutesSpent: 60,
        filedAt: new Date(filedAt),
      });
      return { appointmentId, reportId, personId, caseId: await caseOf(personId) };
    };
    const recent = await reportOn(ids.mine, '2026-11-20T10:00', '2026-11-20T15:00:00Z');
    const old = await reportOn(ids.mine, '2026-11-02T10:00', '2026-11-08T15:00:00Z');
    const hidden = await reportOn(ids.restricted, '2026-11-21T10:00', '2026-11-21T15:00:00Z');
    const others = await reportOn(ids.bobs, '2026-11-21T10:00', '2026-11-21T15:00:00Z');
    const followUp = (
      r: typeof recent,
      description: string,
      state: 'proposed' | 'confirmed' = 'proposed',
    ) => ({
      reportId: r.reportId,
      appointmentId: r.appointmentId,
      personId: r.personId,
      caseId: r.caseId,
      description,
      state,
      // Distinct times, so the oldest-first order is certain.
      createdAt: new Date(
        r === old ? '2026-11-08T15:00:00Z' : r === hidden ? '2026-11-21T15:00:00Z' : '2026-11-20T15:00:00Z',
      ),
    });
    await db
      .insert(appointmentFollowUps)
      .values([
        followUp(recent, 'Recent one'),
        followUp(old, 'Old one still waiting'),
        followUp(old, 'Already a deadline', 'confirmed'),
        followUp(hidden, 'Restricted one'),
        followUp(others, 'Bob’s one'),
      ]);

    const work = await (await alice.call()).myWork.get({});
    expect(work.reports.map((r) => r.reportId)).toEqual([recent.reportId]);
    expect(work.reports[0]).toMatchObject({ clientDisplayName: 'Mine', followUpsProposed: 1 });
    expect(work.reportFollowUps.map((f) => f.description)).toEqual(['Old one still waiting', 'Recent one']);
    expect(work.counts.reportFollowUps).toBe(2);
    expect((await (await alice.call()).myWork.counts()).reportFollowUps).toBe(2);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'my_work.read'), eq(auditLog.actorUserId, alice.user.id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit?.details).toMatchObject({ reports: 1, reportFollowUps: 2 });
    const shown = (audit?.details as { personIds: string[] }).personIds;
    expect(shown).toContain(ids.mine);
    expect(shown).not.toContain(ids.restricted);

    // A supervisor looking at Alice's work sees the restricted client's too.
    const viewed = await (await supervisor.call()).myWork.get({ userId: alice.user.id });
    expect(viewed.reports.map((r) => r.reportId)).toEqual([hidden.reportId, recent.reportId]);
    expect(viewed.reportFollowUps.map((f) => f.description)).toEqual([
      'Old one still waiting',
      'Recent one',
      'Restricted one',
    ]);
    const bobs = await (await bob.call()).myWork.get({});
    expect(bobs.reports.map((r) => r.reportId)).toEqual([others.reportId]);
    expect(bobs.reportFollowUps.map((f) => f.description)).toEqual(['Bob’s one']);
  });
  it('lists the first 25 of each list with counts of all, and shows more a page at a time', async () => {
    const cat = await signedIn(api, { email: 'cat@x.test', role: 'caseworker', displayName: 'Cat' });
    const client = await createClientVia(cat, { displayName: 'Busy', keyWorkerId: cat.user.id });
    const caseId = (await (await cat.call()).clients.get({ id: client.id })).case.id;
    const row = (due: string, title: string) => ({
      personId: client.id,
      caseId,
      source: 'manual' as const,
      title,
      explanation: 'Entered by hand.',
      certainty: 'practice' as const,
      due,
      createdById: cat.user.id,
    });
    // 102 overdue, a day apart back from 22 Nov; 101 upcoming: today to 30 Nov, several a day.
    const overdue = Array.from({ length: 102 }, (_, i) =>
      row(new Date(Date.UTC(2026, 10, 22 - i)).toISOString().slice(0, 10), `Overdue ${i}`),
    );
    const upcoming = Array.from({ length: 101 }, (_, i) =>
      row(`2026-11-${String(23 + (i % 8)).padStart(2, '0')}`, `Upcoming ${i}`),
    );
    await api.handle.db.insert(deadlines).values([...overdue, ...upcoming]);
    const file = { personId: client.id, caseId };
    for (const day of ['01', '02', '03']) {
      await createCommunication(api.handle.db, file, {
        occurredOn: `2026-10-${day}`,
        recordedById: cat.user.id,
        subject: `Letter of ${day} Oct`,
        replyState: 'awaiting',
        replyDue: `2026-10-${Number(day) + 14}`,
      });
    }

    const work = await (await cat.call()).myWork.get({});
    expect(work.counts).toMatchObject({ overdue: 102, upcoming: 101, repliesOverdue: 3 });
    expect(work.overdue).toHaveLength(MY_WORK_FIRST_PAGE);
    expect(work.upcoming).toHaveLength(MY_WORK_FIRST_PAGE);
    expect(work.overdue[0]?.title).toBe('Overdue 101');
    expect(await (await cat.call()).myWork.counts()).toMatchObject({ overdue: 102, upcoming: 101 });

    // "Show more": the rest of the overdue, oldest first, none twice or missed.
    const more = async (list: 'overdue' | 'upcoming', cursor: string, limit: number) =>
      (await cat.call()).myWork.deadlines({ list, cursor, limit });
    const second = await more('overdue', '25', 50);
    expect(second.nextCursor).toBe('75');
    const third = await more('overdue', '75', 50);
    expect(third.nextCursor).toBeNull();
    const all = [...work.overdue, ...second.items, ...third.items];
    expect(all.map((d) => d.title)).toEqual(overdue.map((d) => d.title).reverse());
    expect(all.every((d) => d.overdue)).toBe(true);
    const soon = [...work.upcoming, ...(await more('upcoming', '25', 100)).items];
    expect(new Set(soon.map((d) => d.id)).size).toBe(101);
    expect(soon.map((d) => d.due)).toEqual(soon.map((d) => d.due).sort());

    const replies = await (
      await cat.call()
    ).myWork.communications({
      list: 'repliesOverdue',
      cursor: '1',
      limit: 1,
    });
    expect(replies.items.map((c) => c.subject)).toEqual(['Letter of 02 Oct']);
    expect(replies.nextCursor).toBe('2');
    expect(await (await cat.call()).myWork.reportFollowUps({ cursor: '0', limit: 10 })).toEqual({
      items: [],
      nextCursor: null,
    });

    const audit = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'my_work.read'), eq(auditLog.actorUserId, cat.user.id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit[0]?.details).toMatchObject({ list: 'reportFollowUps', cursor: '0', personIds: [] });
  });

  it('refuses a bad page of My work, naming the field, and another caseworker’s pages', async () => {
    const call = await alice.call();
    await expectBadField(call.myWork.deadlines({ list: 'overdue', cursor: 'x1', limit: 10 }), 'cursor');
    expect(
      await expectBadField(
        call.myWork.deadlines({ list: 'soon' as 'overdue', cursor: '0', limit: 10 }),
        'list',
      ),
    ).toEqual(['Choose the overdue or the upcoming deadlines']);
    await expectBadField(
      call.myWork.communications({ list: 'repliesOverdue', cursor: '0', limit: 101 }),
      'limit',
    );
    await expect(
      call.myWork.deadlines({ list: 'overdue', cursor: '0', limit: 10, userId: bob.user.id }),
    ).rejects.toThrow(/Only a supervisor/);
    const bobs = await (
      await supervisor.call()
    ).myWork.deadlines({
      list: 'upcoming',
      cursor: '0',
      limit: 10,
      userId: bob.user.id,
    });
    expect(bobs.items.map((d) => d.title)).toContain('Bob’s client');
  });

  // Last: moving the clock a week on ends the sessions signed in before.
  it('follows the test clock', async () => {
    api.clock.now = new Date('2026-11-30T10:00:00Z');
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email: 'alice@x.test', password: TEST_PASSWORD });
    const work = await (await browser.call()).myWork.get();
    expect(work.today).toBe('2026-11-30');
    expect(titles(work.overdue)).toEqual(['Overdue one', 'Due today', 'Led one']);
    expect(titles(work.upcoming)).toEqual(['Last day of the window', 'Beyond the window']);
  });
});
