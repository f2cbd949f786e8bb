import { auditLog, disclosures } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { requestApprovalVia } from '../../testing/disclosures.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// The test clock starts on Mon 23 Nov 2026, 10:00 UTC, and moves a minute for each thing recorded, so that
// the lists' order is the order things happened.
let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let police = '';
const client = { ama: '', ben: '', restricted: '' };
/** Ama's disclosures, in the order they happened. */
const amas: string[] = [];
/** The requests awaiting approval, in the order they were asked. */
const awaiting: string[] = [];
/** The approvals, in the order they were decided. */
const approved: string[] = [];

const tick = () => {
  api.clock.now = new Date(api.clock.now.getTime() + 60_000);
};
const ask = async (who: TestBrowser, personId: string, subject: string) => {
  tick();
  return requestApprovalVia(who, { personId, agencyId: police, subject });
};

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  colleague = await signedIn(api, { email: 'col@x.test', role: 'caseworker', displayName: 'Colin' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  const north = await createTeam(api.handle.db, {
    name: 'North',
    memberIds: [cw.user.id, colleague.user.id],
  });
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  client.ama = (await createClientVia(cw, { displayName: 'Ama' })).id;
  client.ben = (await createClientVia(cw, { displayName: 'Ben' })).id;
  client.restricted = (
    await createClientVia(cw, { displayName: 'Rana', restricted: true, teamId: north.id })
  ).id;
  const call = async (who: TestBrowser) => {
    tick();
    return who.call();
  };

  // Ama: a request approved, one refused, one still waiting, one by a colleague; a print.
  const first = await ask(cw, client.ama, 'First');
  const refused = await ask(cw, client.ama, 'Refused');
  const waiting = await ask(cw, client.ama, 'Waiting');
  const colleagues = await ask(colleague, client.ama, 'Colleague’s');
  await (
    await call(supervisor)
  ).disclosures.decide({
    id: first.id,
    version: 1,
    decision: 'approve',
    reason: 'Needed.',
  });
  await (
    await call(supervisor)
  ).disclosures.decide({
    id: refused.id,
    version: 1,
    decision: 'refuse',
    reason: 'Not needed.',
  });
  const print = await (await call(cw)).disclosures.recordPrint({ personId: client.ama, what: 'chronology' });
  amas.push(first.id, refused.id, waiting.id, colleagues.id, print.id);
  // Ben: waiting, then one approved, then consent and a letter sent with it.
  const bens = await ask(cw, client.ben, 'Ben’s');
  const bensApproved = await ask(cw, client.ben, 'Ben’s approved');
  await (
    await call(supervisor)
  ).disclosures.decide({
    id: bensApproved.id,
    version: 1,
    decision: 'approve',
    reason: 'Needed too.',
  });
  await recordConsentVia(cw, client.ben, ['police']);
  await (
    await call(cw)
  ).communications.create({
    personId: client.ben,
    channel: 'letter',
    direction: 'outgoing',
    agencyId: police,
    occurredOn: '2026-11-23',
    subject: 'With consent',
  });
  const restrictedRequest = await ask(cw, client.restricted, 'Restricted');
  awaiting.push(waiting.id, colleagues.id, bens.id, restrictedRequest.id);
  approved.push(first.id, bensApproved.id);
});
afterAll(async () => {
  await api.close();
});

describe('a client’s disclosure history', () => {
  it('lists everything newest first, a page at a time, with what the caller may do', async () => {
    const page1 = await (await cw.call()).disclosures.forClient({ personId: client.ama, limit: 2 });
    const page2 = await (
      await cw.call()
    ).disclosures.forClient({ personId: client.ama, limit: 2, offset: 2 });
    const page3 = await (
      await cw.call()
    ).disclosures.forClient({ personId: client.ama, limit: 2, offset: 4 });
    expect(page1.total).toBe(5);
    expect([...page1.items, ...page2.items, ...page3.items].map((d) => d.id)).toEqual([...amas].reverse());
    const [print, colleagues, waiting, refused, first] = [...page1.items, ...page2.items, ...page3.items];
    expect(print).toMatchObject({ kind: 'print', status: 'made', description: 'Chronology printed' });
    expect(colleagues).toMatchObject({ status: 'awaiting_approval', canCancel: false, canDecide: false });
    expect(waiting).toMatchObject({ status: 'awaiting_approval', canCancel: true, canDecide: false });
    expect(refused).toMatchObject({ status: 'refused', decisionReason: 'Not needed.', pending: null });
    expect(first).toMatchObject({ status: 'made', decidedBy: { displayName: 'Sam Super' } });
    expect(page1.items[0]).not.toHaveProperty('client');
    // A supervisor may decide what waits.
    const bySupervisor = await (await supervisor.call()).disclosures.forClient({ personId: client.ama });
    expect(bySupervisor.items.filter((d) => d.canDecide).map((d) => d.id)).toEqual([amas[3], amas[2]]);
    expect(
      (await (await cw.call()).disclosures.forClient({ personId: client.ama, offset: 10 })).items,
    ).toEqual([]);
    const reads = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, client.ama)));
    expect(reads.filter((r) => (r.details as { view: string }).view === 'disclosures')).toHaveLength(5);
  });

  it('is refused outside the team on a restricted client, and audited', async () => {
    await expect(
      (await offTeam.call()).disclosures.forClient({ personId: client.restricted }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [denied] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied).toMatchObject({ action: 'disclosures.read', entityId: client.restricted });
  });
});

describe('the supervisors’ queue', () => {
  it('lists the requests awaiting approval oldest first, across clients, a page at a time, audited', async () => {
    await (
      await cw.call()
    ).consents.record({
      personId: client.ama,
      categories: ['support_services'],
      method: 'verbal',
      givenOn: '2026-11-01',
      scope: 'Never her address.',
    });
    const page1 = await (await supervisor.call()).disclosures.queue({ limit: 3 });
    const page2 = await (await supervisor.call()).disclosures.queue({ limit: 3, offset: 3 });
    expect(page1.total).toBe(4);
    expect([...page1.items, ...page2.items].map((d) => d.id)).toEqual(awaiting);
    expect(page1.items[0]).toMatchObject({
      client: { id: client.ama, displayName: 'Ama' },
      pending: { subject: 'Waiting', channel: 'letter', attachmentCount: 0 },
      canDecide: true,
      canCancel: false,
      // What the supervisor weighs: the limits the client set.
      clientLimits: ['Never her address.'],
    });
    // Restricted clients too: supervisors see every client.
    expect(page2.items[0]?.client).toEqual({ id: client.restricted, displayName: 'Rana' });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'disclosures.queue'))
      .orderBy(auditLog.seq);
    expect(audit).toMatchObject({
      actorUserId: supervisor.user.id,
      details: { view: 'awaiting_approval', disclosureIds: awaiting.slice(0, 3) },
    });
    expect((audit?.details as { personIds: string[] }).personIds.sort()).toEqual(
      [client.ama, client.ben].sort(),
    );
  });

  it('lists the approvals of the last 90 days, newest first', async () => {
    const page = await (await supervisor.call()).disclosures.queue({ view: 'approved' });
    expect(page.items.map((d) => d.id)).toEqual([...approved].reverse());
    expect(page.items.every((d) => d.status === 'made' && d.decidedBy !== null)).toBe(true);
    expect(page.items.every((d) => d.clientLimits.length === 0)).toBe(true);
    expect(page.total).toBe(2);
    // Decided 91 days ago: off the list.
    await api.handle.db
      .update(disclosures)
      .set({ decidedAt: new Date(api.clock.now.getTime() - 91 * 24 * 60 * 60 * 1000) })
      .where(eq(disclosures.id, approved[0] ?? ''));
    const later = await (await supervisor.call()).disclosures.queue({ view: 'approved' });
    expect(later.items.map((d) => d.id)).toEqual([approved[1]]);
  });

  it('is for supervisors only', async () => {
    for (const who of [cw, colleague]) {
      await expect((await who.call()).disclosures.queue({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
