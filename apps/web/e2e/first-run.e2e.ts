import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';
import { nextTotpCode, totpCode } from './harness/totp.ts';

// The journey of a new organisation: first administrator, two-factor set-up, a caseworker added and signed in.
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

const ADMIN = { name: 'Alex Morgan', email: 'alex@collective.test', password: 'a long admin passphrase' };
const CASEWORKER = {
  name: 'Jo Lee',
  email: 'jo@collective.test',
  first: 'first password for jo',
  own: 'jo chose this passphrase',
};
let adminSecret = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  problems = watchConsole(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first run', () => {
  it('sends every page to "create the first administrator" on an empty database', async () => {
    await page.goto(`${server.url}/account`);
    await page.waitForURL(path('/setup'));
    await expectAccessible(page, 'setup page');
    await screenshot(page, '01-setup');
  });

  it('explains bad input beside the field and creates nothing', async () => {
    await page.getByLabel('Name').fill(ADMIN.name);
    await page.getByLabel('E-mail').fill('not-an-address');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect.poll(() => page.getByText(/valid e-mail address/i).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/at least 12 characters/i).count()).toBeGreaterThan(0);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect.poll(() => page.getByText(/too common/i).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/setup');
  });

  it('creates the administrator and makes them set up two-factor before anything else', async () => {
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.waitForURL(path('/sign-in/two-factor-setup'));
    await page.getByTestId('totp-secret').waitFor();
    await expectAccessible(page, 'two-factor set-up');
    await screenshot(page, '02-two-factor-setup');
    adminSecret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(adminSecret).toMatch(/^[A-Z2-7]{32}$/);

    // The rest of the app stays shut until enrolment is done.
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL(path('/sign-in/two-factor-setup'));
    await page.getByTestId('totp-secret').waitFor();
    adminSecret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');

    await page.getByLabel('Code').fill('123456');
    await page.getByLabel('Current password').fill(ADMIN.password);
    await page.getByRole('button', { name: /confirm|turn on|set up|enable/i }).click();
    await expect.poll(() => page.getByText(/code is not right/i).count()).toBeGreaterThan(0);

    await page.getByLabel('Code').fill(totpCode(adminSecret));
    await page.getByRole('button', { name: /confirm|turn on|set up|enable/i }).click();
    await page.waitForURL(path('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, '03-home-admin');
  });

  it('no longer offers the set-up page', async () => {
    await page.goto(`${server.url}/setup`);
    await page.waitForURL((url) => url.pathname !== '/setup');
  });

  it('lets the administrator add a caseworker', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await expectAccessible(page, 'users page');
    await page.getByRole('button', { name: 'Add user' }).first().click();
    await page.getByLabel('Name').fill(CASEWORKER.name);
    await page.getByLabel('E-mail').fill(CASEWORKER.email);
    await page.getByLabel('Role').selectOption('caseworker');
    await page.getByLabel(/first password|initial password/i).fill(CASEWORKER.first);
    await screenshot(page, '04-add-user');
    await page.getByRole('button', { name: 'Add user' }).last().click();
    await expect.poll(() => page.getByText(CASEWORKER.email).count()).toBeGreaterThan(0);
    await screenshot(page, '05-user-added');
  });

  it('signs the administrator out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(path('/sign-in'));
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL(path('/sign-in'));
  });

  it('signs the caseworker in, who must choose their own password first', async () => {
    await page.getByLabel('E-mail').fill(CASEWORKER.email);
    await page.getByLabel('Password').fill(CASEWORKER.first);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(path('/sign-in/new-password'));
    await expectAccessible(page, 'new password page');
    await page.getByLabel('New password').fill(CASEWORKER.own);
    const confirm = page.getByLabel(/confirm|repeat/i);
    if (await confirm.count()) await confirm.fill(CASEWORKER.own);
    await page.getByRole('button', { name: /save|set|change|continue/i }).click();
    await page.waitForURL(path('/'));
    await expect.poll(() => page.getByText(CASEWORKER.name).count()).toBeGreaterThan(0);
    // Caseworkers have no Users link and are refused the page.
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await screenshot(page, '06-caseworker-home');
  });

  it('asks the administrator for a fresh code at the next sign-in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(path('/sign-in'));
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(path('/sign-in/code'));
    await expectAccessible(page, 'code page');
    await page.getByLabel('Code').fill(await nextTotpCode(adminSecret));
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
    await page.waitForURL(path('/'));
  });

  it('logged no errors in the console and no CSP violations', () => {
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
