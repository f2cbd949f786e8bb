import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';
import { nextTotpCode } from './harness/totp.ts';

// An administrator sets up a team against the demo organisation (README: password umbrella-demo, TOTP
// JBSWY3DPEHPK3PXP). The demo already has two teams, so nothing here assumes an empty list.
const PASSWORD = 'umbrella-demo';
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const TEAM_NAME = 'Housing support team';
const CONFLICT_TEXT = 'Someone else changed this team while you were editing.';

let server: RunningServer;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let teamUrl = '';
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  adminContext = await browser.newContext();
  admin = await adminContext.newPage();
  watchConsole(admin, problems);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(target: Page, email: string) {
  await target.goto(`${server.url}/sign-in`);
  await target.getByLabel('E-mail').fill(email);
  await target.getByLabel('Password').fill(PASSWORD);
  await target.getByRole('button', { name: 'Sign in' }).click();
}

/** The row of the teams table for a team, by its name. */
function teamRow(target: Page, name: string) {
  return target.getByRole('row').filter({ has: target.getByRole('rowheader', { name, exact: true }) });
}

describe('an administrator', () => {
  it('signs in with a code and finds the teams page', async () => {
    await signIn(admin, 'admin@demo.test');
    await admin.waitForURL(path('/sign-in/code'));
    await admin.getByLabel('Code').fill(await nextTotpCode(DEMO_SECRET));
    await admin.getByRole('button', { name: /verify|continue|sign in/i }).click();
    await admin.waitForURL(path('/'));
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await admin.waitForURL(path('/admin/teams'));
    await admin.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
    await expect.poll(() => admin.getByText(/visible only|can be seen only/).count()).toBeGreaterThan(0);
    // The demo's teams, with their members named.
    await expect
      .poll(() => teamRow(admin, 'North London team').textContent())
      .toMatch(/Joanna Mensah, Priya Natarajan/);
    await expectAccessible(admin, 'teams page');
    await screenshot(admin, '40-teams');
  });

  it('adds a team and puts a caseworker on it', async () => {
    await admin.getByLabel('Team name').fill(TEAM_NAME);
    await admin.getByRole('button', { name: 'Add team' }).click();
    await expect.poll(() => admin.getByText(`The team ${TEAM_NAME} has been added.`).count()).toBe(1);
    await expect.poll(() => teamRow(admin, TEAM_NAME).textContent()).toMatch(/No members yet/);
    await expect.poll(() => admin.getByLabel('Team name').inputValue()).toBe('');

    await admin.getByRole('link', { name: 'Choose its members' }).click();
    await admin.getByRole('heading', { name: TEAM_NAME, level: 1 }).waitFor();
    teamUrl = admin.url();
    expect(new URL(teamUrl).pathname).toMatch(/^\/admin\/teams\/[0-9a-f-]{36}$/);
    // Active caseworkers and supervisors are offered, with their roles; volunteers are not.
    await admin.getByRole('checkbox', { name: 'Tomasz Nowak' }).waitFor();
    expect(await admin.getByText('Caseworker').count()).toBeGreaterThan(0);
    expect(await admin.getByRole('checkbox', { name: 'Leila Haddad' }).count()).toBe(0);
    await expectAccessible(admin, 'team page');

    await admin.getByRole('checkbox', { name: 'Tomasz Nowak' }).check();
    await admin.getByRole('button', { name: 'Save members' }).click();
    await expect.poll(() => admin.getByText('The members have been saved.').count()).toBe(1);
    await screenshot(admin, '41-team-members');

    await admin.getByRole('link', { name: 'Back to teams' }).click();
    await admin.waitForURL(path('/admin/teams'));
    await expect.poll(() => teamRow(admin, TEAM_NAME).textContent()).toMatch(/Tomasz Nowak/);
  });

  it('is told when a team name is already taken', async () => {
    await admin.getByLabel('Team name').fill('north london team');
    await admin.getByRole('button', { name: 'Add team' }).click();
    await expect.poll(() => admin.getByText('A team with this name already exists.').count()).toBe(1);
    expect(await admin.getByLabel('Team name').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'teams page with a field error');
    await screenshot(admin, '42-team-name-taken');
  });

  it('is told to reload when someone else changed the team meanwhile', async () => {
    // A second tab of the same session stands in for another administrator.
    const other = await adminContext.newPage();
    watchConsole(other, problems);
    await other.goto(teamUrl);
    await admin.goto(teamUrl);
    for (const tab of [other, admin]) await tab.getByRole('checkbox', { name: 'Tomasz Nowak' }).waitFor();

    await admin.getByRole('checkbox', { name: 'Priya Natarajan' }).check();
    await other.getByRole('checkbox', { name: 'Joanna Mensah' }).check();
    await other.getByRole('button', { name: 'Save members' }).click();
    await expect.poll(() => other.getByText('The members have been saved.').count()).toBe(1);
    await other.close();

    await admin.getByRole('button', { name: 'Save members' }).click();
    await expect.poll(() => admin.getByText(CONFLICT_TEXT).count()).toBe(1);
    await expectAccessible(admin, 'team page with a conflict');
    await screenshot(admin, '43-team-conflict');

    await admin.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => admin.getByText(CONFLICT_TEXT).count()).toBe(0);
    expect(await admin.getByRole('checkbox', { name: 'Joanna Mensah' }).isChecked()).toBe(true);
    expect(await admin.getByRole('checkbox', { name: 'Priya Natarajan' }).isChecked()).toBe(false);
    await admin.getByRole('checkbox', { name: 'Priya Natarajan' }).check();
    await admin.getByRole('button', { name: 'Save members' }).click();
    await expect.poll(() => admin.getByText('The members have been saved.').count()).toBe(1);
  });

  it('sees the teams of a user on their page', async () => {
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('link', { name: 'Tomasz Nowak' }).click();
    await admin.getByRole('heading', { name: 'Tomasz Nowak', level: 1 }).waitFor();
    const teams = admin.getByRole('region', { name: 'Teams', exact: true });
    await teams.getByRole('link', { name: TEAM_NAME }).waitFor();
    expect(await teams.getByRole('link', { name: 'Trafficking support team' }).count()).toBe(1);
    await expectAccessible(admin, 'user page with teams');
    await teams.getByRole('link', { name: TEAM_NAME }).click();
    await admin.getByRole('heading', { name: TEAM_NAME, level: 1 }).waitFor();
  });
});

describe('a caseworker', () => {
  it('is not offered teams, and is refused the page', async () => {
    const context = await browser.newContext();
    const caseworker = await context.newPage();
    watchConsole(caseworker, problems);
    await signIn(caseworker, 'caseworker@demo.test');
    await caseworker.waitForURL(path('/'));
    await caseworker.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await caseworker.getByRole('link', { name: 'Teams' }).count()).toBe(0);
    await caseworker.goto(`${server.url}/admin/teams`);
    await caseworker.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await caseworker.getByLabel('Team name').count()).toBe(0);
    await expectAccessible(caseworker, 'teams refused to a caseworker');
    await screenshot(caseworker, '44-caseworker-refused-teams');
    await context.close();
  });
});

describe('the browser', () => {
  it('logged no errors in the console and no CSP violations', () => {
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
