import { auditLog, people } from '@umbrella/db';
import { createTeam } from '@umbrella/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInput, createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { RESTRICTED_MESSAGE } from './client-record.ts';

let api: TestApi;
let volunteer: SignedIn;
let adminVolunteer: SignedIn;
let onTeam: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let teamA: string;
const client = { open: '', restricted: '', restrictedCase: '', restrictedMatter: { id: '', version: 0 } };

beforeAll(async () => {
  api = await createTestApi();
  volunteer = await signedIn(api, { email: 'v@x.test', role: 'volunteer' });
  adminVolunteer = await signedIn(api, { email: 'av@x.test', role: 'volunteer', isAdmin: true });
  onTeam = await signedIn(api, { email: 'on@x.test', role: 'caseworker' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  supervisor = await signedIn(api, { email: 's@x.test', role: 'supervisor' });
  teamA = (await createTeam(api.handle.db, { name: 'North', memberIds: [onTeam.user.id] })).id;
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  client.open = (await createClientVia(onTeam, { displayName: 'Open Olga' })).id;
  const restricted = await createClientVia(onTeam, {
    displayName: 'Restricted Rana',
    restricted: true,
    teamId: teamA,
  });
  client.restricted = restricted.id;
  client.restrictedCase = restricted.caseId;
  const matter = await (
    await onTeam.call()
  ).matters.open({
    caseId: restricted.caseId,
    kind: 'asylum_claim',
    stage: 'claimed',
    openedOn: '2026-11-01',
    details: { homeOfficeReference: 'R7654321' },
  });
  client.restrictedMatter = { id: matter.id, version: matter.version };
});
afterAll(async () => {
  await api.close();
});

const deniedReads = () =>
  api.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, client.restricted), eq(auditLog.outcome, 'denied')));

const listIds = async (who: SignedIn, search?: string) =>
  (await (await who.call()).clients.list({ limit: 100, ...(search ? { search } : {}) })).items.map(
    (c) => c.id,
  );

describe('who may open client records', () => {
  it('refuses volunteers, and admins whose role is volunteer, everything about clients', async () => {
    for (const who of [volunteer, adminVolunteer]) {
      const call = await who.call();
      // Thunks: each call starts only when awaited, one at a time.
      const attempts: (() => Promise<unknown>)[] = [
        () => call.clients.list({ limit: 10 }),
        () => call.clients.get({ id: client.open }),
        () => call.clients.timeline({ personId: client.open }),
        () => call.clients.create(clientInput()),
        () => call.clients.archive({ id: client.open, version: 1 }),
        () => call.clients.addNote({ personId: client.open, occurredOn: '2026-11-01', note: 'x' }),
        () =>
          call.matters.changeStage({
            matterId: client.restrictedMatter.id,
            version: 1,
            toStage: 'screened',
            occurredOn: '2026-11-01',
          }),
        () => call.agencies.list({}),
        () => call.staff.list(),
      ];
      for (const attempt of attempts) {
        await expect(attempt()).rejects.toMatchObject({
          code: 'FORBIDDEN',
          message: 'You do not have access to this.',
        });
      }
    }
  });

  it('lets a caseworker see unrestricted clients and the restricted clients of their own team', async () => {
    expect(await listIds(onTeam)).toEqual(expect.arrayContaining([client.open, client.restricted]));
    expect((await (await onTeam.call()).clients.get({ id: client.restricted })).displayName).toBe(
      'Restricted Rana',
    );
  });

  it('leaves restricted clients of other teams out of a caseworker’s list and search', async () => {
    const ids = await listIds(offTeam);
    expect(ids).toContain(client.open);
    expect(ids).not.toContain(client.restricted);
    expect(await listIds(offTeam, 'Restricted Rana')).toEqual([]);
    expect(await listIds(offTeam, 'R7654321')).toEqual([]);
    expect(await listIds(onTeam, 'R7654321')).toEqual([client.restricted]);
  });

  it('refuses a restricted client outside the caseworker’s teams by id, and audits the attempt', async () => {
    expect(await deniedReads()).toHaveLength(0);
    await expect((await offTeam.call()).clients.get({ id: client.restricted })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: RESTRICTED_MESSAGE,
    });
    await expect(
      (await offTeam.call()).clients.timeline({ personId: client.restricted }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await deniedReads();
    expect(rows.map((r) => [r.action, r.actorUserId, r.entityType, r.details])).toEqual([
      ['clients.read', offTeam.user.id, 'person', { reason: 'restricted_outside_team' }],
      ['clients.read', offTeam.user.id, 'person', { reason: 'restricted_outside_team' }],
    ]);
    // No successful read was recorded for the refused caller.
    const reads = await api.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, client.restricted),
          eq(auditLog.actorUserId, offTeam.user.id),
          eq(auditLog.outcome, 'success'),
        ),
      );
    expect(reads).toEqual([]);
  });

  it('refuses changes to that client too, audited, with nothing written', async () => {
    const call = await offTeam.call();
    const refused: (() => Promise<unknown>)[] = [
      () =>
        call.clients.update({
          ...clientInput({ displayName: 'Changed' }),
          id: client.restricted,
          version: 1,
        }),
      () => call.clients.archive({ id: client.restricted, version: 1 }),
      () => call.clients.addNote({ personId: client.restricted, occurredOn: '2026-11-01', note: 'x' }),
      () =>
        call.cases.update({
          id: client.restrictedCase,
          version: 1,
          status: 'closed',
          leadCaseworkerId: null,
        }),
      () =>
        call.matters.open({
          caseId: client.restrictedCase,
          kind: 'social_services',
          stage: 'referral_received',
          openedOn: '2026-11-01',
          details: {},
        }),
      () =>
        call.matters.changeStage({
          matterId: client.restrictedMatter.id,
          version: client.restrictedMatter.version,
          toStage: 'screened',
          occurredOn: '2026-11-02',
        }),
    ];
    for (const attempt of refused) {
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });
    }
    const [row] = await api.handle.db.select().from(people).where(eq(people.id, client.restricted));
    expect(row).toMatchObject({ displayName: 'Restricted Rana', version: 1, archivedAt: null });
    const actions = (await deniedReads()).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'clients.update',
        'clients.archive',
        'clients.add_note',
        'cases.update',
        'matters.open',
        'matters.change_stage',
      ]),
    );
  });

  it('lets supervisors see every client', async () => {
    expect(await listIds(supervisor)).toEqual(expect.arrayContaining([client.open, client.restricted]));
    const profile = await (await supervisor.call()).clients.get({ id: client.restricted });
    expect(profile.team).toEqual({ id: teamA, name: 'North' });
  });

  it('stops a caseworker saving a restricted client they could not open themselves', async () => {
    await expectBadField(
      (await offTeam.call()).clients.create(clientInput({ restricted: true, teamId: teamA })),
      'teamId',
    );
    await expectBadField(
      (await offTeam.call()).clients.update({
        ...clientInput({ displayName: 'Open Olga', restricted: true, teamId: teamA }),
        id: client.open,
        version: 1,
      }),
      'teamId',
    );
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    await expect(
      (await onTeam.call()).clients.get({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
