import { agencies, users } from '@umbrella/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const admin = { displayName: 'First Admin', email: 'first@org.test', password: 'a good long passphrase' };

describe('first run', () => {
  it('asks for the first administrator on an empty database', async () => {
    expect(await (await api.browser().call()).setup.status()).toEqual({ needsFirstAdmin: true, demo: false });
  });

  it('refuses a common password and writes nothing', async () => {
    await expect(
      (await api.browser().call()).setup.createFirstAdmin({ ...admin, password: 'password1234' }),
    ).rejects.toMatchObject({ cause: { fieldErrors: { password: [expect.stringMatching(/too common/)] } } });
    const [row] = await api.handle.db.select({ n: count() }).from(users);
    expect(row?.n).toBe(0);
  });

  it('creates the administrator, signs them in to enrol TOTP, and loads the starter directory', async () => {
    const browser = api.browser();
    const info = await (await browser.call()).setup.createFirstAdmin(admin);
    expect(info).toMatchObject({
      status: 'needs_totp_enrolment',
      user: { isAdmin: true, email: admin.email },
    });
    expect(browser.cookies.token).toBeDefined();
    const [directory] = await api.handle.db.select({ n: count() }).from(agencies);
    expect(directory?.n).toBeGreaterThan(50);
    expect(await (await api.browser().call()).setup.status()).toMatchObject({ needsFirstAdmin: false });
  });

  it('is gone once any user exists', async () => {
    await expect(
      (await api.browser().call()).setup.createFirstAdmin({ ...admin, email: 'second@org.test' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
