import { auditLog, users, verifyAuditChain } from '@umbrella/db';
import { createUser, TEST_PASSWORD } from '@umbrella/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../auth/totp.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';
let api: TestApi;
let admin: TestBrowser;
let adminId: string;

beforeAll(async () => {
  api = await createTestApi();
  adminId = (await createUser(api.handle.db, { email: 'admin@x.test', isAdmin: true, totpSecret: SECRET }))
    .id;
  admin = api.browser();
  await (await admin.call()).auth.signIn({ email: 'admin@x.test', password: TEST_PASSWORD });
  await (await admin.call()).auth.verifyTotp({ code: totpCodeAt(SECRET, api.clock.now) });
});
afterAll(async () => {
  await api.close();
});

const FIRST_PASSWORD = 'a first password to pass on';

describe('user administration', () => {
  it('creates a user who must replace the first password before reaching anything', async () => {
    const created = await (
      await admin.call()
    ).users.create({
      displayName: 'New Caseworker',
      email: 'New@X.test',
      role: 'caseworker',
      isAdmin: false,
      initialPassword: FIRST_PASSWORD,
    });
    expect(created).toMatchObject({ email: 'new@x.test', mustChangePassword: true, version: 1 });

    const browser = api.browser();
    const info = await (await browser.call()).auth.signIn({ email: 'new@x.test', password: FIRST_PASSWORD });
    expect(info.status).toBe('needs_password_change');
    await expect(
      (await browser.call()).auth.changeInitialPassword({ newPassword: 'password1234' }),
    ).rejects.toMatchObject({
      cause: { fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } },
    });
    const done = await (
      await browser.call()
    ).auth.changeInitialPassword({ newPassword: 'my own new passphrase' });
    expect(done.status).toBe('active');
  });

  it('refuses a duplicate e-mail and a common password, naming the field', async () => {
    const input = { displayName: 'Dup', email: 'new@x.test', role: 'volunteer' as const, isAdmin: false };
    await expect(
      (await admin.call()).users.create({ ...input, initialPassword: FIRST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { fieldErrors: { email: [expect.any(String)] } } });
    await expect(
      (await admin.call()).users.create({
        ...input,
        email: 'other@x.test',
        initialPassword: 'qwertyuiop123',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { fieldErrors: { initialPassword: [expect.any(String)] } },
    });
  });

  it('refuses a stale edit with a CONFLICT instead of overwriting', async () => {
    const target = await createUser(api.handle.db, { email: 'stale@x.test', role: 'volunteer' });
    const first = await (
      await admin.call()
    ).users.update({
      id: target.id,
      version: 1,
      displayName: 'Renamed',
      role: 'volunteer',
      isAdmin: false,
    });
    expect(first.version).toBe(2);
    await expect(
      (await admin.call()).users.update({
        id: target.id,
        version: 1,
        displayName: 'Lost',
        role: 'caseworker',
        isAdmin: false,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await api.handle.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ displayName: 'Renamed', role: 'volunteer', version: 2 });
  });

  it('ends every session of a deactivated user at once', async () => {
    const target = await createUser(api.handle.db, { email: 'leaver@x.test' });
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email: 'leaver@x.test', password: TEST_PASSWORD });
    await (await admin.call()).users.setActive({ id: target.id, version: 1, active: false });
    expect(await (await browser.call()).auth.session()).toBeNull();
    await expect(
      (await api.browser().call()).auth.signIn({ email: 'leaver@x.test', password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('requires TOTP enrolment as soon as a caseworker is made a supervisor', async () => {
    const target = await createUser(api.handle.db, { email: 'promoted@x.test' });
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email: 'promoted@x.test', password: TEST_PASSWORD });
    await (
      await admin.call()
    ).users.update({
      id: target.id,
      version: 1,
      displayName: target.displayName,
      role: 'supervisor',
      isAdmin: false,
    });
    expect(await (await browser.call()).auth.session()).toMatchObject({ status: 'needs_totp_enrolment' });
  });

  it('never leaves the organisation without an active administrator', async () => {
    const self = await (await admin.call()).users.get({ id: adminId });
    await expect(
      (await admin.call()).users.setActive({ id: adminId, version: self.version, active: false }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      (await admin.call()).users.update({
        id: adminId,
        version: self.version,
        displayName: 'A',
        role: 'caseworker',
        isAdmin: false,
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/last active administrator/),
    });
  });

  it('pages through users in name order', async () => {
    const seen: string[] = [];
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await (await admin.call()).users.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((u) => u.displayName));
      ids.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(5);
    const found = await (await admin.call()).users.list({ limit: 50, search: 'leaver' });
    expect(found.items.map((u) => u.email)).toEqual(['leaver@x.test']);
  });

  it('audited every change, in an intact chain', async () => {
    const actions = new Set(
      (await api.handle.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action),
    );
    for (const action of ['users.create', 'users.update', 'users.deactivate', 'auth.password_change']) {
      expect(actions).toContain(action);
    }
    expect(await verifyAuditChain(api.handle.db)).toMatchObject({ ok: true });
  });
});
