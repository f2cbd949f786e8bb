import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { londonDate } from './harness/dates.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';

// A caseworker's deadlines: an asylum refusal starts the appeal clock, which shows on the client's profile
// and on My work with the sentence explaining the date.
const PASSWORD = 'umbrella-demo';
const CLIENT_NAME = 'Dara Deadline-Journey';
const APPEAL_TITLE = 'Asylum appeal to the First-tier Tribunal (in the UK, including detained)';
const OWN_DEADLINE = 'Send the signed witness statement to the solicitor';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let server: RunningServer;
let browser: Browser;
let page: Page;
let clientId = '';
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  watchConsole(page, problems);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const deadlines = () => page.getByRole('region', { name: 'Deadlines' });

describe('a caseworker', () => {
  it('starts at My work, with a link to it in the navigation', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('E-mail').fill('caseworker@demo.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(path('/'));
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Overdue/, level: 2 }).waitFor();
    await page.getByRole('heading', { name: /^Due in the next 14 days/, level: 2 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^My work/ })
      .waitFor();
  });

  it('records an asylum refusal, and the appeal deadline appears with its explanation', async () => {
    // Their own client: key worker is the caseworker, so the client's deadlines are on their My work.
    const me = (await page.locator('.site-header__name').textContent())?.trim() ?? '';

    await page.goto(`${server.url}/clients/new`);
    await page.getByLabel('Display name', { exact: true }).fill(CLIENT_NAME);
    await page.getByLabel('Key worker').selectOption({ label: me });
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.waitForURL((url) => UUID.test(url.pathname));
    clientId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByRole('heading', { name: CLIENT_NAME, level: 1 }).waitFor();
    await deadlines().getByText('No open deadlines.').waitFor();

    await page.getByRole('button', { name: 'Open a matter' }).click();
    const open = page.getByRole('form', { name: 'Open a matter' });
    await open.getByLabel('Kind of matter').selectOption('asylum_claim');
    await open.getByLabel('Stage it is at now').selectOption({ label: 'Awaiting decision' });
    await open.getByLabel('Opened on').fill(londonDate(-90));
    await open.getByRole('button', { name: 'Open matter' }).click();
    await page.getByText('The asylum claim has been opened at “Awaiting decision”.').waitFor();

    const panel = page.getByRole('article', { name: 'Asylum claim' });
    await panel.getByRole('button', { name: 'Record a stage change' }).click();
    const form = panel.getByRole('form', { name: 'Record a stage change' });
    await form.getByLabel('New stage').selectOption({ label: 'Refused' });
    await form.getByLabel('Date it happened').fill(londonDate(-3));
    await form.getByRole('button', { name: 'Record stage change' }).click();
    await panel.getByText('The stage is now “Refused”.').waitFor();

    const appeal = deadlines().getByRole('article', { name: APPEAL_TITLE });
    await appeal.waitFor();
    await appeal.getByText(/^14 calendar days after the notice of decision was sent on/).waitFor();
    await appeal.getByText(/days? left|Due today|Due tomorrow/).waitFor();
    await appeal.getByText('Asylum claim', { exact: false }).first().waitFor();
    await expectAccessible(page, 'client profile with deadlines');
    await screenshot(page, '60-profile-deadlines');
  });

  it('sees the appeal deadline on My work, one click from the profile', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^My work/ })
      .click();
    await page.waitForURL(path('/my-work'));
    const upcoming = page.getByRole('region', { name: /^Due in the next 14 days/ });
    const row = upcoming.locator('.work-row', { hasText: CLIENT_NAME });
    await row.waitFor();
    await row.getByText(APPEAL_TITLE).waitFor();
    await row.getByText('How this date was worked out').click();
    await row.getByText(/^14 calendar days after the notice of decision was sent on/).waitFor();
    await expectAccessible(page, 'My work');
    await screenshot(page, '61-my-work');

    await row.getByRole('link', { name: CLIENT_NAME }).click();
    await page.waitForURL(path(`/clients/${clientId}`));
    await deadlines().getByRole('article', { name: APPEAL_TITLE }).waitFor();
  });

  it('adds a deadline of their own and marks it met', async () => {
    await deadlines().getByRole('button', { name: 'Add a deadline' }).click();
    await deadlines().getByLabel('A date of your own').check();
    const form = deadlines().getByRole('form', { name: 'Add a deadline of your own' });
    await form.getByLabel('Due date').fill(londonDate(5));
    await form.getByLabel('What is it for?').fill(OWN_DEADLINE);
    await form.getByRole('button', { name: 'Add deadline' }).click();
    await deadlines().getByText(`“${OWN_DEADLINE}” has been added`, { exact: false }).waitFor();

    const own = deadlines().getByRole('article', { name: OWN_DEADLINE });
    await own.getByText('5 days left').waitFor();
    await own.getByRole('button', { name: 'Mark met' }).click();
    await deadlines().getByText(`“${OWN_DEADLINE}”: marked as met.`).waitFor();
    // It has moved to the closed deadlines, which are folded away.
    const closed = deadlines().locator('details.deadlines__closed');
    await closed.getByText('Closed deadlines (1)', { exact: false }).click();
    await closed.getByRole('article', { name: OWN_DEADLINE }).getByText('Met', { exact: true }).waitFor();
  });

  it('is told a reason is needed to waive a deadline', async () => {
    const appeal = deadlines().getByRole('article', { name: APPEAL_TITLE });
    await appeal.getByRole('button', { name: 'Waive…' }).click();
    const form = appeal.getByRole('form', { name: 'Waive this deadline' });
    await form.getByRole('button', { name: 'Waive deadline' }).click();
    await form.getByText('Give a reason for waiving this deadline').waitFor();
    const reason = form.getByLabel('Why is it waived?');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    // Still open.
    expect(
      await deadlines()
        .locator('.deadline-list')
        .first()
        .getByRole('article', { name: APPEAL_TITLE })
        .count(),
    ).toBe(1);
    await expectAccessible(page, 'waive form with an error');
    await screenshot(page, '62-waive-needs-reason');
  });

  it('raised no console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
