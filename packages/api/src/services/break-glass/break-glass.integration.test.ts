import { auditLog, breakGlassGrants, people } from '@umbrella/db';
import { createTeam } from '@umbrella/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInput, createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { RESTRICTED_MESSAGE } from '../access/client-record.ts';
import { BREAK_GLASS_ACCESS_MESSAGE } from '../clients/update-client.ts';

const REASON = 'Rana rang the out-of-hours line in distress; her own caseworker is on leave.';
const MINUTE = 60_000;

let api: TestApi;
let onTeam: SignedIn;
let offTeam: SignedIn;
let other: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
let teamA: string;
const client = { open: '', restricted: '', restrictedCase: '', second: '' };
let matter = { id: '', version: 0 };

beforeAll(async () => {
  // Sessions outlast the clock moves below (the idle timeout is not what is tested here).
  api = await createTestApi({ idleTimeoutMinutes: 24 * 60 }); // Mon 23 Nov 2026, 10:00 in London
  onTeam = await signedIn(api, { email: 'on@x.test', role: 'caseworker', displayName: 'Olu Team' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker', displayName: 'Fran Outside' });
  other = await signedIn(api, { email: 'other@x.test', role: 'caseworker' });
  supervisor = await signedIn(api, { email: 's@x.test', role: 'supervisor', displayName: 'Sam Super' });
  volunteer = await signedIn(api, { email: 'v@x.test', role: 'volunteer' });
  teamA = (await createTeam(api.handle.db, { name: 'North', memberIds: [onTeam.user.id] })).id;
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id, other.user.id] });
  client.open = (await createClientVia(onTeam, { displayName: 'Open Olga' })).id;
  const restricted = await createClientVia(onTeam, {
    displayName: 'Restricted Rana',
    restricted: true,
    teamId: teamA,
  });
  client.restricted = restricted.id;
  client.restrictedCase = restricted.caseId;
  client.second = (
    await createClientVia(onTeam, { displayName: 'Second Sol', restricted: true, teamId: teamA })
  ).id;
  const opened = await (
    await onTeam.call()
  ).matters.open({
    caseId: restricted.caseId,
    kind: 'asylum_claim',
    stage: 'claimed',
    openedOn: '2026-11-01',
    details: { homeOfficeReference: 'R7654321' },
  });
  matter = { id: opened.id, version: opened.version };
});
afterAll(async () => {
  await api.close();
});

const minutesLater = (minutes: number) => {
  api.clock.now = new Date(api.clock.now.getTime() + minutes * MINUTE);
};

const auditRows = (action: string) =>
  api.handle.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.seq));

const successfulRowsOf = (userId: string, personId: string) =>
  api.handle.db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.actorUserId, userId), eq(auditLog.entityId, personId), eq(auditLog.outcome, 'success')),
    )
    .orderBy(asc(auditLog.seq));

const listIds = async (who: SignedIn, search?: string) =>
  (await (await who.call()).clients.list({ limit: 100, ...(search ? { search } : {}) })).items.map(
    (c) => c.id,
  );

const refused = async (call: Promise<unknown>) =>
  expect(call).rejects.toMatchObject({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });

describe('break-glass', () => {
  let grantId = '';

  it('refuses a restricted client outside the caseworker’s teams before any grant', async () => {
    await refused((await offTeam.call()).clients.get({ id: client.restricted }));
    expect(await listIds(offTeam, 'Restricted Rana')).toEqual([]);
    expect(await (await offTeam.call()).breakGlass.mine({ personId: client.restricted })).toBeNull();
  });

  it('is for caseworkers only, on a restricted record they could not open otherwise', async () => {
    for (const who of [supervisor, volunteer]) {
      await expect(
        (await who.call()).breakGlass.open({ personId: client.restricted, reason: REASON }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
    }
    const ownTeam = await expectBadField(
      (await onTeam.call()).breakGlass.open({ personId: client.restricted, reason: REASON }),
      'personId',
    );
    expect(ownTeam[0]).toMatch(/You can open this record already/);
    await expectBadField(
      (await offTeam.call()).breakGlass.open({ personId: client.open, reason: REASON }),
      'personId',
    );
    await expect(
      (await offTeam.call()).breakGlass.open({ personId: crypto.randomUUID(), reason: REASON }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('needs a reason of at most 1000 characters', async () => {
    const call = await offTeam.call();
    expect(
      await expectBadField(call.breakGlass.open({ personId: client.restricted, reason: '  ' }), 'reason'),
    ).toEqual(['Enter the reason']);
    await expectBadField(
      call.breakGlass.open({ personId: client.restricted, reason: 'x'.repeat(1001) }),
      'reason',
    );
    expect(await api.handle.db.select().from(breakGlassGrants)).toEqual([]);
  });

  it('opens the record for an hour, audited with ids only', async () => {
    const grant = await (
      await offTeam.call()
    ).breakGlass.open({ personId: client.restricted, reason: `  ${REASON}  ` });
    grantId = grant.id;
    expect(grant).toEqual({
      id: expect.any(String),
      personId: client.restricted,
      openedAt: '2026-11-23T10:00:00.000Z',
      expiresAt: '2026-11-23T11:00:00.000Z',
    });
    const [stored] = await api.handle.db.select().from(breakGlassGrants);
    expect(stored).toMatchObject({ userId: offTeam.user.id, reason: REASON, reviewedAt: null, version: 1 });
    const [opened] = await auditRows('breakGlass.open');
    expect(opened).toMatchObject({
      actorUserId: offTeam.user.id,
      outcome: 'success',
      entityType: 'person',
      entityId: client.restricted,
      details: { breakGlassId: grant.id, minutes: 60 },
    });
    expect(await (await offTeam.call()).breakGlass.mine({ personId: client.restricted })).toEqual(grant);
  });

  it('lets the caseworker read the record while it runs, each read audited as by break-glass', async () => {
    const call = await offTeam.call();
    expect((await call.clients.get({ id: client.restricted })).displayName).toBe('Restricted Rana');
    await call.clients.timeline({ personId: client.restricted });
    await call.deadlines.listForClient({ personId: client.restricted });
    const reads = (await successfulRowsOf(offTeam.user.id, client.restricted)).filter(
      (r) => r.action === 'clients.read',
    );
    expect(reads.map((r) => r.details)).toEqual([
      { view: 'profile', breakGlassId: grantId },
      { view: 'timeline', breakGlassId: grantId },
      { view: 'deadlines', breakGlassId: grantId },
    ]);
  });

  it('lets them change it too, audited as by break-glass', async () => {
    const call = await offTeam.call();
    await call.clients.addNote({ personId: client.restricted, occurredOn: '2026-11-23', note: 'Rang back.' });
    const changed = await call.matters.changeStage({
      matterId: matter.id,
      version: matter.version,
      toStage: 'screened',
      occurredOn: '2026-11-23',
    });
    matter = { id: changed.id, version: changed.version };
    const profile = await call.clients.get({ id: client.restricted });
    const saved = await call.clients.update({
      ...clientInput({
        displayName: 'Restricted Rana',
        restricted: true,
        teamId: teamA,
        pronouns: 'she/her',
      }),
      id: client.restricted,
      version: profile.version,
    });
    expect(saved.version).toBe(profile.version + 1);
    const [note] = await successfulRowsOf(offTeam.user.id, client.restricted).then((rows) =>
      rows.filter((r) => r.action === 'clients.add_note'),
    );
    expect(note?.details).toMatchObject({ breakGlassId: grantId });
    const [update] = await successfulRowsOf(offTeam.user.id, client.restricted).then((rows) =>
      rows.filter((r) => r.action === 'clients.update'),
    );
    expect(update?.details).toMatchObject({ changed: ['pronouns'], breakGlassId: grantId });
    const [stage] = await auditRows('matters.change_stage');
    expect(stage).toMatchObject({
      actorUserId: offTeam.user.id,
      entityId: matter.id,
      details: { personId: client.restricted, breakGlassId: grantId },
    });
  });

  it('never lets them change who may open the record', async () => {
    const call = await offTeam.call();
    const profile = await call.clients.get({ id: client.restricted });
    const base = {
      ...clientInput({ displayName: 'Restricted Rana', pronouns: 'she/her' }),
      id: client.restricted,
    };
    expect(
      await expectBadField(
        call.clients.update({ ...base, restricted: false, teamId: teamA, version: profile.version }),
        'restricted',
      ),
    ).toEqual([BREAK_GLASS_ACCESS_MESSAGE]);
    await expectBadField(
      call.clients.update({ ...base, restricted: true, teamId: null, version: profile.version }),
      'teamId',
    );
    const [row] = await api.handle.db.select().from(people).where(eq(people.id, client.restricted));
    expect(row).toMatchObject({ restricted: true, teamId: teamA, version: profile.version });
  });

  it('lists and finds the client while the grant runs, and leaves it out of views across clients', async () => {
    expect(await listIds(offTeam)).toContain(client.restricted);
    expect(await listIds(offTeam, 'Restricted Rana')).toEqual([client.restricted]);
    // Only that client: the other restricted client of the team stays out.
    expect(await listIds(offTeam)).not.toContain(client.second);
    // Only that caseworker: a colleague on the same team is still refused.
    expect(await listIds(other)).not.toContain(client.restricted);
    await refused((await other.call()).clients.get({ id: client.restricted }));
    // The agenda of every client they may open does not pull the record in.
    await (
      await onTeam.call()
    ).appointments.create({
      personId: client.restricted,
      type: 'police_interview',
      startsAt: '2026-11-24T14:00',
      endsAt: '2026-11-24T16:00',
      place: 'Croydon Police Station',
      area: 'Croydon',
    });
    const agenda = await (await offTeam.call()).appointments.agenda({ date: '2026-11-24', scope: 'all' });
    expect(agenda.days.flatMap((d) => d.appointments)).toEqual([]);
    const ownAgenda = await (await onTeam.call()).appointments.agenda({ date: '2026-11-24', scope: 'all' });
    expect(ownAgenda.days.flatMap((d) => d.appointments)).toHaveLength(1);
  });

  it('refuses a second grant while one runs', async () => {
    minutesLater(30);
    const messages = await expectBadField(
      (await offTeam.call()).breakGlass.open({ personId: client.restricted, reason: REASON }),
      'personId',
    );
    expect(messages).toEqual(['You have already opened this record with break-glass, until 11:00.']);
  });

  it('refuses the record again once the grant has ended', async () => {
    minutesLater(29);
    expect((await (await offTeam.call()).clients.get({ id: client.restricted })).id).toBe(client.restricted);
    minutesLater(1); // 11:00: the end
    await refused((await offTeam.call()).clients.get({ id: client.restricted }));
    await refused(
      (await offTeam.call()).clients.addNote({
        personId: client.restricted,
        occurredOn: '2026-11-23',
        note: 'x',
      }),
    );
    expect(await listIds(offTeam, 'Restricted Rana')).toEqual([]);
    expect(await (await offTeam.call()).breakGlass.mine({ personId: client.restricted })).toBeNull();
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')))
      .orderBy(asc(auditLog.seq));
    expect(denied.slice(-2).map((r) => [r.action, r.details])).toEqual([
      ['clients.read', { reason: 'restricted_outside_team' }],
      ['clients.add_note', { reason: 'restricted_outside_team' }],
    ]);
  });

  it('opens a new grant after the last one ended', async () => {
    minutesLater(5);
    const again = await (
      await offTeam.call()
    ).breakGlass.open({ personId: client.restricted, reason: 'Needed the interview time again.' });
    expect(again.expiresAt).toBe('2026-11-23T12:05:00.000Z');
    expect(again.id).not.toBe(grantId);
    minutesLater(1);
    await (
      await other.call()
    ).breakGlass.open({ personId: client.second, reason: 'Covering the duty phone.' });
  });

  it('shows supervisors the grants to review, newest first, with names and reasons', async () => {
    const page = await (await supervisor.call()).breakGlass.list({});
    expect(page.total).toBe(3);
    expect(
      page.items.map((g) => [g.user.displayName, g.client.displayName, g.reason, g.running, g.canReview]),
    ).toEqual([
      [other.user.displayName, 'Second Sol', 'Covering the duty phone.', true, true],
      ['Fran Outside', 'Restricted Rana', 'Needed the interview time again.', true, true],
      ['Fran Outside', 'Restricted Rana', REASON, false, true],
    ]);
    expect(page.items[2]).toMatchObject({
      id: grantId,
      version: 1,
      openedAt: '2026-11-23T10:00:00.000Z',
      expiresAt: '2026-11-23T11:00:00.000Z',
      reviewedBy: null,
    });
    const second = await (await supervisor.call()).breakGlass.list({ offset: 1, limit: 1 });
    expect(second.items.map((g) => g.reason)).toEqual(['Needed the interview time again.']);
    expect(second.total).toBe(3);
    const [listed] = await auditRows('breakGlass.list');
    expect(listed?.details).toMatchObject({
      show: 'to_review',
      personIds: expect.arrayContaining([client.restricted, client.second]),
    });
    await expect((await offTeam.call()).breakGlass.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a supervisor mark one reviewed at the version read; it then leaves the list to review', async () => {
    const call = await supervisor.call();
    await expect(call.breakGlass.review({ id: grantId, version: 7 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect((await offTeam.call()).breakGlass.review({ id: grantId, version: 1 })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    await expect(call.breakGlass.review({ id: crypto.randomUUID(), version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const note = 'Spoke to Fran: the call was genuine.';
    expect(await call.breakGlass.review({ id: grantId, version: 1, note })).toEqual({
      id: grantId,
      version: 2,
    });
    const toReview = await call.breakGlass.list({});
    expect(toReview.total).toBe(2);
    expect(toReview.items.map((g) => g.id)).not.toContain(grantId);
    const all = await call.breakGlass.list({ show: 'all' });
    expect(all.total).toBe(3);
    expect(all.items.at(-1)).toMatchObject({
      id: grantId,
      version: 2,
      reviewedBy: { id: supervisor.user.id, displayName: 'Sam Super' },
      reviewedAt: api.clock.now.toISOString(),
      reviewNote: note,
      canReview: false,
    });
    expect(await expectBadField(call.breakGlass.review({ id: grantId, version: 2 }), 'id')).toEqual([
      'This break-glass access has already been reviewed.',
    ]);
    const [reviewed] = await auditRows('breakGlass.review');
    expect(reviewed).toMatchObject({
      actorUserId: supervisor.user.id,
      entityType: 'person',
      entityId: client.restricted,
      details: { breakGlassId: grantId, userId: offTeam.user.id, noted: true },
    });
  });

  it('keeps the reasons and notes out of the audit log', async () => {
    const rows = await api.handle.db.select({ details: auditLog.details }).from(auditLog);
    const text = JSON.stringify(rows);
    for (const words of [
      REASON,
      'Needed the interview time again.',
      'Covering the duty phone.',
      'Spoke to Fran',
    ]) {
      expect(text).not.toContain(words);
    }
  });
});

describe('break-glass minutes from the configuration', () => {
  let short: TestApi;
  beforeAll(async () => {
    short = await createTestApi({ breakGlassMinutes: 5 });
  });
  afterAll(async () => {
    await short.close();
  });

  it('ends the grant after BREAK_GLASS_MINUTES', async () => {
    const inside = await signedIn(short, { email: 'in@x.test', role: 'caseworker' });
    const outside = await signedIn(short, { email: 'out@x.test', role: 'caseworker' });
    const team = (await createTeam(short.handle.db, { name: 'East', memberIds: [inside.user.id] })).id;
    const { id } = await createClientVia(inside, { displayName: 'Kept Kim', restricted: true, teamId: team });
    const grant = await (await outside.call()).breakGlass.open({ personId: id, reason: 'Urgent call' });
    expect(grant.expiresAt).toBe('2026-11-23T10:05:00.000Z');
    short.clock.now = new Date('2026-11-23T10:04:59Z');
    expect((await (await outside.call()).clients.get({ id })).id).toBe(id);
    short.clock.now = new Date('2026-11-23T10:05:00Z');
    await expect((await outside.call()).clients.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
