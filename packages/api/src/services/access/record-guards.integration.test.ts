import { createTeam } from '@umbrella/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { encodeListCursor } from '../clients/list-cursor.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { ARCHIVED_MESSAGE } from './client-record.ts';

let api: TestApi;
let onTeam: SignedIn;
let offTeam: SignedIn;

beforeAll(async () => {
  api = await createTestApi();
  onTeam = await signedIn(api, { email: 'on@guard.test', role: 'caseworker' });
  offTeam = await signedIn(api, { email: 'off@guard.test', role: 'caseworker' });
});
afterAll(async () => {
  await api.close();
});

describe('record guards', () => {
  it('refuses a page cursor anchored on a restricted client the caller cannot see', async () => {
    const team = await createTeam(api.handle.db, { name: 'Guarded', memberIds: [onTeam.user.id] });
    const hidden = await createClientVia(onTeam, {
      displayName: 'Hidden Hana',
      restricted: true,
      teamId: team.id,
    });
    const visible = await createClientVia(onTeam, { displayName: 'Visible Vera' });
    const cursorAt = (id: string) => encodeListCursor({ mode: 'name', id });
    // The same kind of cursor on a client the caller may see works...
    await expect(
      (await offTeam.call()).clients.list({ limit: 10, cursor: cursorAt(visible.id) }),
    ).resolves.toBeTruthy();
    const cursor = cursorAt(hidden.id);
    const ownPage = await (await onTeam.call()).clients.list({ limit: 1 });
    expect(ownPage.nextCursor).not.toBeNull();
    await expectBadField((await offTeam.call()).clients.list({ limit: 10, cursor }), 'cursor');
  });

  it('lets an archived client be read but not changed', async () => {
    const client = await createClientVia(onTeam, { displayName: 'Archived Ada' });
    await (await onTeam.call()).clients.archive({ id: client.id, version: client.version });
    expect((await (await onTeam.call()).clients.get({ id: client.id })).archivedAt).not.toBeNull();
    await expect(
      (await onTeam.call()).clients.addNote({
        personId: client.id,
        occurredOn: '2026-11-01',
        note: 'late note',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: ARCHIVED_MESSAGE });
    await expect(
      (await onTeam.call()).matters.open({
        caseId: client.caseId,
        kind: 'police_report',
        stage: 'reported',
        openedOn: '2026-11-01',
        details: {},
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: ARCHIVED_MESSAGE });
  });

  it('records decisions only through stage changes', async () => {
    const client = await createClientVia(onTeam, { displayName: 'Decision Dara' });
    const matter = await (
      await onTeam.call()
    ).matters.open({
      caseId: client.caseId,
      kind: 'asylum_claim',
      stage: 'screened',
      openedOn: '2026-10-01',
      details: { homeOfficeReference: 'D1234567' },
    });
    await expectBadField(
      (await onTeam.call()).matters.update({
        id: matter.id,
        version: matter.version,
        kind: 'asylum_claim',
        agencyId: null,
        contactId: null,
        details: { homeOfficeReference: 'D1234567', decision: 'granted' },
      }),
      'decision',
    );
  });

  it('refuses NUL characters and absurd versions with a 400, not a 500', async () => {
    await expect(
      (await onTeam.call()).clients.create({
        displayName: 'Nul\u0000Name',
        safeContact: { call: true, text: true, voicemail: false, post: false },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      (await onTeam.call()).clients.archive({ id: '00000000-0000-4000-8000-000000000000', version: 2 ** 40 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
