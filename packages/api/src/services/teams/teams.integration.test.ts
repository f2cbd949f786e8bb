import { auditLog } from '@umbrella/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let admin: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', displayName: 'Casey Worker' });
  admin = await signedIn(api, { email: 'admin@x.test', displayName: 'Ada Admin', isAdmin: true });
  supervisor = await signedIn(api, { email: 's@x.test', displayName: 'Sue Supervisor', role: 'supervisor' });
  volunteer = await signedIn(api, { email: 'v@x.test', displayName: 'Val Volunteer', role: 'volunteer' });
});
afterAll(async () => {
  await api.close();
});

describe('teams and staff', () => {
  it('lets an admin create a team and set its members, at the version read', async () => {
    const team = await (await admin.call()).teams.create({ name: 'North' });
    expect(team).toMatchObject({ name: 'North', version: 1 });
    await expect((await admin.call()).teams.create({ name: 'north' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const set = await (
      await admin.call()
    ).teams.setMembers({ id: team.id, version: 1, userIds: [cw.user.id, supervisor.user.id] });
    expect(set).toEqual({ id: team.id, version: 2 });
    await expect(
      (await admin.call()).teams.setMembers({ id: team.id, version: 1, userIds: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expectBadField(
      (await admin.call()).teams.setMembers({
        id: team.id,
        version: 2,
        userIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      'userIds',
    );
    const again = await (
      await admin.call()
    ).teams.setMembers({ id: team.id, version: 2, userIds: [cw.user.id] });
    expect(again.version).toBe(3);

    const { items } = await (await volunteer.call()).teams.list();
    expect(items).toEqual([{ id: team.id, version: 3, name: 'North', memberIds: [cw.user.id] }]);
    await expect((await cw.call()).teams.create({ name: 'Rogue' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'teams.set_members'));
    expect(audits.at(-1)?.details).toEqual({ added: [], removed: [supervisor.user.id] });
  });

  it('lists active caseworkers and supervisors for pickers', async () => {
    const { items } = await (await cw.call()).staff.list();
    expect(items).toEqual([
      { id: admin.user.id, displayName: 'Ada Admin', role: 'caseworker' },
      { id: cw.user.id, displayName: 'Casey Worker', role: 'caseworker' },
      { id: supervisor.user.id, displayName: 'Sue Supervisor', role: 'supervisor' },
    ]);
  });
});
