import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';
import { nextTotpCode } from './harness/totp.ts';

// The disclosure firewall (issue 7): a caseworker's letter to Immigration Enforcement is blocked with an
// explanation and goes to the supervisors for approval instead of being logged; a supervisor approves it with
// a written reason; it is then logged as sent, and the approval shows on the client's disclosure history.
const PASSWORD = 'umbrella-demo';
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const CLIENT = 'Mei';
const AGENCY = 'Home Office Immigration Enforcement';
const SUBJECT = 'Request to move the reporting day so a volunteer can attend';
const BASIS_DETAILS =
  'The client asked us in writing to make this request; without it she risks detention at her next reporting event.';
const REASON = 'The client asked for it in writing; only the reporting arrangements are shared.';

let server: RunningServer;
let browser: Browser;
let joanna: Page;
let desk: Page;
let clientUrl = '';
const problems: string[] = [];

async function signIn(page: Page, email: string, secret?: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (secret) {
    await page.waitForURL(path('/sign-in/code'));
    await page.getByLabel('Code').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
  }
  await page.waitForURL(path('/'));
}

async function expectTitleWithoutClient(page: Page) {
  expect(await page.title(), `title of ${page.url()}`).not.toContain(CLIENT);
}

const communications = (page: Page) => page.getByRole('region', { name: 'Communications' });
const disclosures = (page: Page) => page.getByRole('region', { name: 'Disclosures' });

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  joanna = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
  desk = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
  watchConsole(joanna, problems);
  watchConsole(desk, problems);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a letter to Immigration Enforcement', () => {
  it('is blocked with an explanation and sent to the supervisors instead', { timeout: 120_000 }, async () => {
    await signIn(joanna, 'caseworker@demo.test');
    await joanna.goto(`${server.url}/clients`);
    await joanna.getByLabel('Search clients').fill(CLIENT);
    await joanna.getByRole('button', { name: 'Search', exact: true }).click();
    await joanna.getByRole('link', { name: CLIENT, exact: true }).click();
    await joanna.waitForURL((url) => /^\/clients\/[0-9a-f-]{36}$/.test(url.pathname));
    clientUrl = joanna.url();
    await joanna.getByRole('heading', { name: CLIENT, level: 1 }).waitFor();
    await joanna.getByRole('region', { name: 'Consent to share' }).waitFor();

    await communications(joanna).getByRole('button', { name: 'Log a communication' }).click();
    const form = communications(joanna).getByRole('form', { name: 'Log a communication' });
    await form.getByLabel('How').selectOption('letter');
    await form.getByLabel('Search the agency directory').fill('Immigration Enforcement');
    await form.getByRole('button', { name: `Choose ${AGENCY}` }).click();
    await form.getByRole('button', { name: `Remove ${AGENCY}` }).waitFor();
    // The firewall explains before anything is sent.
    const panel = form.getByText(/^Blocked:/);
    await panel.waitFor();
    expect(await form.innerText()).toContain('Nothing about a client goes to Immigration Enforcement');
    // The limits Mei set on her consent are in front of the caseworker too.
    await form.getByText('The client’s limits:').waitFor();
    expect(await form.innerText()).toContain('Agreed once she had decided to report.');
    await form.getByLabel('Subject').fill(SUBJECT);
    await form
      .getByLabel('Text or a summary of it (optional)')
      .fill(
        'We ask that her reporting event on Thursday be moved to Friday, when a volunteer can go with her.',
      );
    const ask = form.getByRole('button', { name: 'Ask a supervisor to approve' });
    await ask.click();
    await form.getByText('Choose the legal basis for sharing without consent').waitFor();
    await expectAccessible(joanna, 'log form blocked by the firewall');
    await screenshot(joanna, '70-letter-blocked');

    await form.getByLabel('Legal basis', { exact: true }).selectOption('vital_interests');
    await form.getByLabel('Details of the legal basis').fill(BASIS_DETAILS);
    await ask.click();
    await joanna.getByText('Not logged as sent: it is waiting for a supervisor’s approval.').waitFor();
    // Not logged: the communications list does not hold it; the disclosures list shows the request.
    expect(await communications(joanna).getByRole('link', { name: SUBJECT }).count()).toBe(0);
    const request = disclosures(joanna).getByRole('listitem').filter({ hasText: SUBJECT });
    await request.getByText('Awaiting approval').waitFor();
    await expectTitleWithoutClient(joanna);
  });

  it('is approved by a supervisor with a written reason', { timeout: 120_000 }, async () => {
    await signIn(desk, 'supervisor@demo.test', DEMO_SECRET);
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision' }).click();
    await desk.waitForURL(path('/supervision'));
    const queue = desk.getByRole('region', { name: 'Disclosures awaiting approval' });
    const item = queue.getByRole('listitem').filter({ hasText: SUBJECT });
    await item.getByRole('link', { name: CLIENT, exact: true }).waitFor();
    // The limits Mei set on what she agreed to are in front of the supervisor.
    await item.getByText('Agreed once she had decided to report.').waitFor();
    await screenshot(desk, '71-approval-queue');
    const decide = item.getByRole('form', { name: /^Approve or refuse/ });
    await decide.getByRole('button', { name: 'Approve' }).click();
    await decide.getByText('Write the reason for your decision: it is recorded with it.').waitFor();
    await decide.getByLabel('Reason for the decision').fill(REASON);
    await decide.getByRole('button', { name: 'Approve' }).click();
    await desk.getByText('Approved: it is now logged as sent, dated today.').waitFor();
    await queue.getByRole('button', { name: 'Approved recently' }).click();
    await queue.getByRole('listitem').filter({ hasText: SUBJECT }).getByText(REASON).waitFor();
    await expectAccessible(desk, 'supervision dashboard after an approval');
    await screenshot(desk, '72-approved-recently');
  });

  it(
    'is then logged as sent, and the approval shows on the client’s history',
    { timeout: 120_000 },
    async () => {
      await joanna.goto(clientUrl);
      const listed = communications(joanna).getByRole('link', { name: SUBJECT });
      await listed.waitFor();
      await listed.click();
      const detail = communications(joanna).getByRole('article', { name: SUBJECT });
      await detail.getByText(/^Approved by .+ on \d{1,2} \w{3} \d{4}: /).waitFor();
      expect(await detail.innerText()).toContain(REASON);
      // What was approved stays as approved: only the date sent can be corrected.
      await detail.getByRole('button', { name: 'Edit' }).click();
      const edit = detail.getByRole('form', { name: 'Edit this communication' });
      await edit.getByText('A supervisor approved this as it stands', { exact: false }).waitFor();
      expect(await edit.getByLabel('Subject').count()).toBe(0);
      expect(await edit.getByLabel('Date sent').getAttribute('min')).toBeTruthy();
      await edit.getByRole('button', { name: 'Cancel' }).click();
      const history = disclosures(joanna).getByRole('listitem').filter({ hasText: 'Letter sent' }).first();
      await history.getByText('Approved', { exact: true }).waitFor();
      expect(await disclosures(joanna).innerText()).toContain(REASON);
      await screenshot(joanna, '73-disclosure-history');
      await expectTitleWithoutClient(joanna);
      expect(problems).toEqual([]);
    },
  );
});
