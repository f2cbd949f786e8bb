import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';
import { nextTotpCode } from './harness/totp.ts';

// Sign-in journeys against the demo organisation (README: password umbrella-demo, TOTP JBSWY3DPEHPK3PXP).
const PASSWORD = 'umbrella-demo';
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  watchConsole(page, problems);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string, password = PASSWORD) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in', () => {
  it('shows the sign-in page with the demo banner', async () => {
    await page.goto(server.url);
    await page.waitForURL(path('/sign-in'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(() => page.getByText(/demo data/i).count()).toBeGreaterThan(0);
    expect(await page.title()).toMatch(/Sign in/);
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, '10-sign-in');
  });

  it('says the same thing for a wrong password and an unknown e-mail', async () => {
    await signIn('caseworker@demo.test', 'not the right password');
    await expect.poll(() => page.getByText('E-mail or password is incorrect.').count()).toBe(1);
    await screenshot(page, '11-wrong-password');
    await signIn('nobody@demo.test', 'not the right password');
    await expect.poll(() => page.getByText('E-mail or password is incorrect.').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('signs a caseworker in and out', async () => {
    await signIn('caseworker@demo.test');
    await page.waitForURL(path('/'));
    await expect.poll(() => page.getByText('Joanna Mensah').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'caseworker home');
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    await expectAccessible(page, 'account page');
    await screenshot(page, '12-account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(path('/sign-in'));
    expect((await context.cookies()).filter((c) => c.name.includes('umbrella_session'))).toEqual([]);
    await page.goto(`${server.url}/account`);
    await page.waitForURL(path('/sign-in'));
  });

  it('asks a supervisor for a TOTP code, refusing a wrong one', async () => {
    await signIn('supervisor@demo.test');
    await page.waitForURL(path('/sign-in/code'));
    await expectAccessible(page, 'code page');
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
    await expect.poll(() => page.getByText(/code is not right/i).count()).toBeGreaterThan(0);
    await screenshot(page, '13-wrong-code');
    await page.getByLabel('Code').fill(await nextTotpCode(DEMO_SECRET));
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
    await page.waitForURL(path('/'));
    await expect.poll(() => page.getByText('Priya Natarajan').count()).toBeGreaterThan(0);
  });

  it('refuses a volunteer the admin page', async () => {
    await signIn('volunteer@demo.test');
    await page.waitForURL(path('/'));
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await expectAccessible(page, 'refused page');
    await screenshot(page, '14-volunteer-refused');
  });

  it('shows a page-not-found page for an unknown address', async () => {
    await signIn('volunteer2@demo.test');
    await page.waitForURL(path('/'));
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page, '404 page');
  });

  it('throttles an account after 5 failed attempts, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await signIn('caseworker2@demo.test', `wrong password number ${i}`);
      await expect.poll(() => page.getByText('E-mail or password is incorrect.').count()).toBe(1);
    }
    await signIn('caseworker2@demo.test');
    await expect.poll(() => page.getByText(/Too many failed attempts for this account/).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, '15-throttled');
  });

  it('logged no errors in the console and no CSP violations', () => {
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
