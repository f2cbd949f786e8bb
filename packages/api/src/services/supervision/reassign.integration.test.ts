import { randomUUID } from 'node:crypto';
import { auditLog, cases, people, timelineEvents } from '@umbrella/db';
import { createTeam, createUser } from '@umbrella/db/testing';
import { REASSIGN_MAX } from '@umbrella/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let supervisor: SignedIn;
let alice: SignedIn;
let bob: SignedIn;
let carol: SignedIn;
const staff = { inactive: '', volunteer: '' };
type Client = { id: string; caseId: string };
const c: Record<'alices' | 'ledByCarol' | 'nobodys' | 'bobsAlready' | 'hidden' | 'archived', Client> = {
  alices: { id: '', caseId: '' },
  ledByCarol: { id: '', caseId: '' },
  nobodys: { id: '', caseId: '' },
  bobsAlready: { id: '', caseId: '' },
  hidden: { id: '', caseId: '' },
  archived: { id: '', caseId: '' },
};

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice Mensah' });
  bob = await signedIn(api, { email: 'bob@x.test', displayName: 'Bob Nowak' });
  carol = await signedIn(api, { email: 'carol@x.test', displayName: 'Carol' });
  staff.inactive = (await createUser(api.handle.db, { email: 'gone@x.test', active: false })).id;
  staff.volunteer = (await createUser(api.handle.db, { email: 'vol@x.test', role: 'volunteer' })).id;
  // Bob is on South, so he may become Esi's key worker; Alice is not.
  const south = await createTeam(api.handle.db, { name: 'South', memberIds: [carol.user.id, bob.user.id] });
  c.alices = await createClientVia(alice, { displayName: 'Ama', keyWorkerId: alice.user.id });
  c.ledByCarol = await createClientVia(alice, { displayName: 'Berhane', keyWorkerId: alice.user.id });
  await (
    await supervisor.call()
  ).cases.update({ id: c.ledByCarol.caseId, version: 1, status: 'open', leadCaseworkerId: carol.user.id });
  c.nobodys = await createClientVia(alice, { displayName: 'Chidi', keyWorkerId: null });
  c.bobsAlready = await createClientVia(bob, { displayName: 'Dara', keyWorkerId: bob.user.id });
  c.hidden = await createClientVia(carol, {
    displayName: 'Esi',
    keyWorkerId: carol.user.id,
    restricted: true,
    teamId: south.id,
  });
  c.archived = await createClientVia(alice, { displayName: 'Fola', keyWorkerId: alice.user.id });
  await (await alice.call()).clients.archive({ id: c.archived.id, version: 1 });
});
afterAll(async () => {
  await api.close();
});

async function stateOf(client: Client) {
  const [person] = await api.handle.db
    .select({ keyWorkerId: people.keyWorkerId, version: people.version })
    .from(people)
    .where(eq(people.id, client.id));
  const [file] = await api.handle.db
    .select({ lead: cases.leadCaseworkerId })
    .from(cases)
    .where(eq(cases.id, client.caseId));
  return { ...person, lead: file?.lead ?? null };
}

const changeEvents = (personIds: string[]) =>
  api.handle.db
    .select()
    .from(timelineEvents)
    .where(and(eq(timelineEvents.kind, 'key_worker_changed'), inArray(timelineEvents.personId, personIds)));

const reassignAudits = (personIds: string[]) =>
  api.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'supervision.reassign'), inArray(auditLog.entityId, personIds)));

describe('reassigning a key worker', () => {
  it('refuses caseworkers', async () => {
    await expect(
      (await alice.call()).supervision.reassign({ personIds: [c.alices.id], keyWorkerId: bob.user.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await stateOf(c.alices)).keyWorkerId).toBe(alice.user.id);
  });

  it('moves one client, and their case lead with them, on the timeline and in the audit log', async () => {
    const result = await (
      await supervisor.call()
    ).supervision.reassign({
      personIds: [c.alices.id],
      keyWorkerId: bob.user.id,
      reason: 'Alice is on leave until March.',
    });
    expect(result).toEqual({ changed: 1, unchanged: 0 });
    expect(await stateOf(c.alices)).toEqual({ keyWorkerId: bob.user.id, version: 2, lead: bob.user.id });
    const [event] = await changeEvents([c.alices.id]);
    expect(event).toMatchObject({
      caseId: c.alices.caseId,
      occurredOn: '2026-11-23',
      recordedById: supervisor.user.id,
      note: 'Key worker changed from Alice Mensah to Bob Nowak. Reason: Alice is on leave until March.',
    });
    const timeline = await (await alice.call()).clients.timeline({ personId: c.alices.id });
    expect(timeline.items.some((e) => e.kind === 'key_worker_changed')).toBe(true);
    const audits = await reassignAudits([c.alices.id]);
    expect(audits.map((a) => a.details)).toEqual([
      { from: alice.user.id, to: bob.user.id, leadCaseworkerMoved: true, bulk: false },
    ]);
    // The new key worker sees the client's deadlines in My work.
    await (
      await supervisor.call()
    ).deadlines.create({ personId: c.alices.id, kind: 'date', due: '2026-11-27', title: 'Handover call' });
    const work = await (await bob.call()).myWork.get({});
    expect(work.upcoming.map((d) => d.title)).toContain('Handover call');
    expect((await (await alice.call()).myWork.get({})).upcoming.map((d) => d.title)).not.toContain(
      'Handover call',
    );
  });

  it('moves many at once, counting those who already had that key worker', async () => {
    const chosen = [c.ledByCarol.id, c.nobodys.id, c.bobsAlready.id, c.hidden.id];
    const result = await (
      await supervisor.call()
    ).supervision.reassign({ personIds: chosen, keyWorkerId: bob.user.id });
    expect(result).toEqual({ changed: 3, unchanged: 1 });
    // A lead who was someone else stays; an empty lead is filled.
    expect(await stateOf(c.ledByCarol)).toMatchObject({ keyWorkerId: bob.user.id, lead: carol.user.id });
    expect(await stateOf(c.nobodys)).toMatchObject({ keyWorkerId: bob.user.id, lead: bob.user.id });
    expect(await stateOf(c.bobsAlready)).toEqual({ keyWorkerId: bob.user.id, version: 1, lead: bob.user.id });
    // Supervisors reach restricted clients too.
    expect(await stateOf(c.hidden)).toMatchObject({ keyWorkerId: bob.user.id, lead: bob.user.id });

    const notes = (await changeEvents(chosen)).map((e) => e.note).sort();
    expect(notes).toEqual([
      'Key worker changed from Alice Mensah to Bob Nowak.',
      'Key worker changed from Carol to Bob Nowak.',
      'Key worker changed from no one to Bob Nowak.',
    ]);
    const audits = await reassignAudits(chosen);
    expect(audits.map((a) => a.entityId).sort()).toEqual([c.ledByCarol.id, c.nobodys.id, c.hidden.id].sort());
    expect(audits.find((a) => a.entityId === c.ledByCarol.id)?.details).toEqual({
      from: alice.user.id,
      to: bob.user.id,
      leadCaseworkerMoved: false,
      bulk: true,
    });
  });

  it('keeps key worker changes (and their reasons) out of the chronology handed to others', async () => {
    expect((await changeEvents([c.alices.id])).length).toBeGreaterThan(0);
    const chronology = await (await supervisor.call()).communications.chronology({ personId: c.alices.id });
    expect(chronology.entries.some((e) => e.heading === 'Key worker changed')).toBe(false);
  });

  it('refuses a key worker who is not an active caseworker or supervisor', async () => {
    for (const keyWorkerId of [staff.inactive, staff.volunteer, randomUUID()]) {
      expect(
        await expectBadField(
          (await supervisor.call()).supervision.reassign({ personIds: [c.alices.id], keyWorkerId }),
          'keyWorkerId',
        ),
      ).toEqual(['Choose an active caseworker or supervisor.']);
    }
    expect((await stateOf(c.alices)).keyWorkerId).toBe(bob.user.id);
  });

  it('refuses a key worker who could not open a restricted client, writing nothing', async () => {
    const before = await Promise.all([stateOf(c.hidden), stateOf(c.nobodys)]);
    expect(
      await expectBadField(
        (await supervisor.call()).supervision.reassign({
          personIds: [c.hidden.id, c.nobodys.id],
          keyWorkerId: alice.user.id,
        }),
        'keyWorkerId',
      ),
    ).toEqual([
      'Alice Mensah is not on the team of 1 of the restricted clients chosen, so could not open their records. Add them to the team first, or choose someone on it.',
    ]);
    expect(await Promise.all([stateOf(c.hidden), stateOf(c.nobodys)])).toEqual(before);
  });

  it('refuses the whole move when one client is archived', async () => {
    const before = await Promise.all([stateOf(c.alices), stateOf(c.archived)]);
    const eventsBefore = (await changeEvents([c.alices.id, c.archived.id])).length;
    await expectBadField(
      (await supervisor.call()).supervision.reassign({
        personIds: [c.alices.id, c.archived.id],
        keyWorkerId: carol.user.id,
      }),
      'personIds',
    );
    expect(await Promise.all([stateOf(c.alices), stateOf(c.archived)])).toEqual(before);
    expect(await changeEvents([c.alices.id, c.archived.id])).toHaveLength(eventsBefore);
  });

  it('refuses an unknown client, writing nothing', async () => {
    await expect(
      (await supervisor.call()).supervision.reassign({
        personIds: [c.alices.id, randomUUID()],
        keyWorkerId: carol.user.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await stateOf(c.alices)).keyWorkerId).toBe(bob.user.id);
  });

  it('refuses more than the maximum, or a client listed twice', async () => {
    const many = Array.from({ length: REASSIGN_MAX + 1 }, () => randomUUID());
    await expectBadField(
      (await supervisor.call()).supervision.reassign({ personIds: many, keyWorkerId: bob.user.id }),
      'personIds',
    );
    await expectBadField(
      (await supervisor.call()).supervision.reassign({
        personIds: [c.alices.id, c.alices.id],
        keyWorkerId: bob.user.id,
      }),
      'personIds',
    );
    await expectBadField(
      (await supervisor.call()).supervision.reassign({ personIds: [], keyWorkerId: bob.user.id }),
      'personIds',
    );
  });
});
