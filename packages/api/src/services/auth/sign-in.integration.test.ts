import { auditLog, users, verifyAuditChain } from '@umbrella/db';
import { createUser, TEST_PASSWORD } from '@umbrella/db/testing';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { WRONG_CREDENTIALS } from './sign-in.ts';
import { totpCodeAt } from './totp.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const SECRET = 'JBSWY3DPEHPK3PXP';

async function lastAudit() {
  const [row] = await api.handle.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row;
}

describe('signing in with a password', () => {
  it('lets a caseworker in and records who signed in', async () => {
    const user = await createUser(api.handle.db, { email: 'cw@example.test' });
    const browser = api.browser();
    const info = await (
      await browser.call()
    ).auth.signIn({ email: 'CW@example.test ', password: TEST_PASSWORD });
    expect(info).toMatchObject({ status: 'active', user: { id: user.id, role: 'caseworker' } });
    expect(browser.cookies.token).toMatch(/^[\w-]{43}$/);
    expect(await (await browser.call()).auth.session()).toMatchObject({ status: 'active' });
    expect(await lastAudit()).toMatchObject({
      action: 'auth.sign_in',
      outcome: 'success',
      actorUserId: user.id,
    });
  });

  it('gives the same answer for an unknown e-mail, a wrong password and a deactivated account', async () => {
    await createUser(api.handle.db, { email: 'off@example.test', active: false });
    await createUser(api.handle.db, { email: 'on@example.test' });
    const attempts = [
      { email: 'nobody@example.test', password: TEST_PASSWORD },
      { email: 'on@example.test', password: 'not the password at all' },
      { email: 'off@example.test', password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      const browser = api.browser(`198.51.100.${attempts.indexOf(attempt)}`);
      await expect((await browser.call()).auth.signIn(attempt)).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: WRONG_CREDENTIALS,
      });
      expect(browser.cookies.token).toBeUndefined();
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: 'auth.sign_in', outcome: 'failure' });
      expect(JSON.stringify(audit)).not.toContain(attempt.email);
    }
  });

  it('refuses an account after 5 failures in 15 minutes, even with the right password, then lets it in', async () => {
    await createUser(api.handle.db, { email: 'target@example.test' });
    for (let i = 0; i < 5; i++) {
      const browser = api.browser(`192.0.2.${i}`);
      await expect(
        (await browser.call()).auth.signIn({ email: 'target@example.test', password: 'wrong password ' + i }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    const browser = api.browser('192.0.2.99');
    await expect(
      (await browser.call()).auth.signIn({ email: 'target@example.test', password: TEST_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/Try again in 15 minutes/),
    });
    // An unknown address is throttled the same way, so lockout does not reveal which accounts exist.
    for (let i = 0; i < 6; i++) {
      await (
        await api.browser(`192.0.2.${100 + i}`).call()
      ).auth
        .signIn({ email: 'ghost@example.test', password: 'guess number ' + i })
        .catch(() => {});
    }
    await expect(
      (await api.browser('192.0.2.120').call()).auth.signIn({ email: 'ghost@example.test', password: 'x' }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    const saved = api.clock.now;
    api.clock.now = new Date(saved.getTime() + 16 * 60_000);
    try {
      const info = await (
        await browser.call()
      ).auth.signIn({ email: 'target@example.test', password: TEST_PASSWORD });
      expect(info.status).toBe('active');
    } finally {
      api.clock.now = saved;
    }
  });

  it('limits failures from one address across accounts', async () => {
    const ip = '203.0.113.200';
    for (let i = 0; i < api.config.ipMaxFailures; i++) {
      await (
        await api.browser(ip).call()
      ).auth
        .signIn({ email: `spray${i}@example.test`, password: 'guessing password' })
        .catch(() => {});
    }
    await createUser(api.handle.db, { email: 'innocent@example.test' });
    await expect(
      (await api.browser(ip).call()).auth.signIn({ email: 'innocent@example.test', password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/this network/) });
    const elsewhere = await (
      await api.browser('203.0.113.201').call()
    ).auth.signIn({
      email: 'innocent@example.test',
      password: TEST_PASSWORD,
    });
    expect(elsewhere.status).toBe('active');
  });
});

describe('the second factor', () => {
  it('asks for a code, accepts it once, and refuses it the second time', async () => {
    const user = await createUser(api.handle.db, { email: 'totp@example.test', totpSecret: SECRET });
    const first = api.browser();
    expect(
      (await (await first.call()).auth.signIn({ email: 'totp@example.test', password: TEST_PASSWORD }))
        .status,
    ).toBe('needs_totp');
    // Half-signed-in: no data yet.
    await expect(
      (await first.call()).account.changePassword({ currentPassword: 'x', newPassword: 'y' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect((await first.call()).auth.verifyTotp({ code: '000000' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { fieldErrors: { code: [expect.any(String)] } },
    });
    const code = totpCodeAt(SECRET, api.clock.now);
    expect((await (await first.call()).auth.verifyTotp({ code })).status).toBe('active');

    const second = api.browser();
    await (await second.call()).auth.signIn({ email: 'totp@example.test', password: TEST_PASSWORD });
    await expect((await second.call()).auth.verifyTotp({ code })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const [row] = await api.handle.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.totpLastUsedStep).toBeGreaterThan(0);
  });

  it('forces a supervisor without TOTP to enrol before anything else, then lets them in', async () => {
    await createUser(api.handle.db, { email: 'sup@example.test', role: 'supervisor' });
    const browser = api.browser();
    const info = await (
      await browser.call()
    ).auth.signIn({ email: 'sup@example.test', password: TEST_PASSWORD });
    expect(info.status).toBe('needs_totp_enrolment');
    const { secret, otpauthUri } = await (await browser.call()).auth.beginTotpEnrolment();
    expect(otpauthUri).toContain(`secret=${secret}`);
    await expect(
      (await browser.call()).auth.confirmTotpEnrolment({
        code: totpCodeAt(secret, api.clock.now),
        currentPassword: 'wrong password here',
      }),
    ).rejects.toMatchObject({ cause: { fieldErrors: { currentPassword: [expect.any(String)] } } });
    const done = await (
      await browser.call()
    ).auth.confirmTotpEnrolment({
      code: totpCodeAt(secret, api.clock.now),
      currentPassword: TEST_PASSWORD,
    });
    expect(done).toMatchObject({ status: 'active', user: { totpEnabled: true } });
  });
});

describe('second-factor guessing', () => {
  it('keeps counting wrong codes when the password is entered again', async () => {
    await createUser(api.handle.db, { email: 'guess@example.test', role: 'supervisor', totpSecret: SECRET });
    let refusedAt = -1;
    for (let round = 0; round < 4 && refusedAt < 0; round++) {
      const browser = api.browser(`198.18.0.${round}`);
      await (await browser.call()).auth.signIn({ email: 'guess@example.test', password: TEST_PASSWORD });
      for (let i = 0; i < 3; i++) {
        const error = await (
          await browser.call()
        ).auth
          .verifyTotp({ code: '000000' })
          .catch((e: { code?: string }) => e);
        if ((error as { code?: string }).code === 'TOO_MANY_REQUESTS') {
          refusedAt = round * 3 + i;
          break;
        }
      }
    }
    expect(refusedAt).toBe(api.config.accountMaxFailures);
    // Even the right code is refused until the failures age out.
    const browser = api.browser('198.18.1.1');
    await (await browser.call()).auth.signIn({ email: 'guess@example.test', password: TEST_PASSWORD });
    await expect(
      (await browser.call()).auth.verifyTotp({ code: totpCodeAt(SECRET, api.clock.now) }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('does not sign in a session waiting to enrol when the owner enrols elsewhere', async () => {
    await createUser(api.handle.db, { email: 'owner@example.test', role: 'supervisor' });
    const attacker = api.browser('198.18.2.1');
    await (await attacker.call()).auth.signIn({ email: 'owner@example.test', password: TEST_PASSWORD });
    const owner = api.browser('198.18.2.2');
    await (await owner.call()).auth.signIn({ email: 'owner@example.test', password: TEST_PASSWORD });
    const { secret } = await (await owner.call()).auth.beginTotpEnrolment();
    await (
      await owner.call()
    ).auth.confirmTotpEnrolment({
      code: totpCodeAt(secret, api.clock.now),
      currentPassword: TEST_PASSWORD,
    });
    expect(await (await attacker.call()).auth.session()).toBeNull();
    expect(await (await owner.call()).auth.session()).toMatchObject({ status: 'active' });
  });

  it('gives the session a new token when it passes the code step', async () => {
    await createUser(api.handle.db, { email: 'rotate@example.test', totpSecret: SECRET });
    const browser = api.browser('198.18.3.1');
    await (await browser.call()).auth.signIn({ email: 'rotate@example.test', password: TEST_PASSWORD });
    const before = browser.cookies.token;
    api.clock.now = new Date(api.clock.now.getTime() + 60_000);
    await (await browser.call()).auth.verifyTotp({ code: totpCodeAt(SECRET, api.clock.now) });
    expect(browser.cookies.token).not.toBe(before);
    const stale = api.browser('198.18.3.2');
    stale.cookies.token = before;
    expect(await (await stale.call()).auth.session()).toBeNull();
    expect(await (await browser.call()).auth.session()).toMatchObject({ status: 'active' });
  });
});

describe('parallel guesses', () => {
  it('let no more than the limit through at once', async () => {
    await createUser(api.handle.db, { email: 'burst@example.test' });
    const results = await Promise.all(
      Array.from({ length: 12 }, async (_, i) =>
        (await api.browser(`198.18.4.${i}`).call()).auth
          .signIn({ email: 'burst@example.test', password: `wrong guess ${i}` })
          .catch((e: { code?: string }) => e.code),
      ),
    );
    expect(results.filter((code) => code === 'UNAUTHORIZED')).toHaveLength(api.config.accountMaxFailures);
    expect(results.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(
      12 - api.config.accountMaxFailures,
    );
  });
});

describe('sessions', () => {
  it('ends after 30 idle minutes and after 12 hours however busy', async () => {
    await createUser(api.handle.db, { email: 'idle@example.test' });
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email: 'idle@example.test', password: TEST_PASSWORD });
    const start = api.clock.now;
    try {
      api.clock.now = new Date(start.getTime() + 29 * 60_000);
      expect(await (await browser.call()).auth.session()).not.toBeNull();
      // Kept busy every 25 minutes, it still ends at 12 hours.
      for (let minutes = 50; minutes < 12 * 60; minutes += 25) {
        api.clock.now = new Date(start.getTime() + minutes * 60_000);
        expect(await (await browser.call()).auth.session()).not.toBeNull();
      }
      api.clock.now = new Date(start.getTime() + 12 * 60 * 60_000);
      expect(await (await browser.call()).auth.session()).toBeNull();
      expect(browser.cookies.token).toBeUndefined();

      const idle = api.browser();
      api.clock.now = start;
      await (await idle.call()).auth.signIn({ email: 'idle@example.test', password: TEST_PASSWORD });
      api.clock.now = new Date(start.getTime() + 31 * 60_000);
      expect(await (await idle.call()).auth.session()).toBeNull();
      expect(await lastAudit()).toMatchObject({
        action: 'auth.session_end',
        details: { reason: 'idle_timeout' },
      });
    } finally {
      api.clock.now = start;
    }
  });

  it('signs out, asking the browser to clear its data', async () => {
    await createUser(api.handle.db, { email: 'out@example.test' });
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email: 'out@example.test', password: TEST_PASSWORD });
    const token = browser.cookies.token;
    await (await browser.call()).auth.signOut();
    expect(browser.cookies.clearedSiteData).toBe(true);
    browser.cookies.token = token; // a stolen copy of the cookie is worthless now
    expect(await (await browser.call()).auth.session()).toBeNull();
  });

  it('keeps the audit chain intact through all of the above', async () => {
    expect(await verifyAuditChain(api.handle.db)).toMatchObject({ ok: true });
  });
});
