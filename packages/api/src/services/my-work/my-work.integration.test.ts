import { auditLog } from '@umbrella/db';
import { createTeam, TEST_PASSWORD } from '@umbrella/db/testing';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
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
    expect(work.counts).toEqual({ overdue: 1, upcoming: 2, repliesOverdue: 0, followUps: 0 });
    expect(await (await alice.call()).myWork.counts()).toEqual({
      overdue: 1,
      upcoming: 2,
      repliesOverdue: 0,
      followUps: 0,
    });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'my_work.read'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ actorUserId: alice.user.id, entityId: alice.user.id });
    expect(audit?.details).toEqual({ personIds: [ids.mine], deadlines: 3, communications: 0 });
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
      counts: { overdue: 1, upcoming: 2, repliesOverdue: 0, followUps: 0 },
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
