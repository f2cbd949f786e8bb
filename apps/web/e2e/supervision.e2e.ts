import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { londonDate } from './harness/dates.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';
import { nextTotpCode } from './harness/totp.ts';

// Supervision (issue 6): the supervisor finds Dina among the stalled cases (no key worker since Tomasz went on
// leave), records a review with an agreed action on her record (its draft surviving a reload) and gives her
// Joanna as key worker. Joanna then finds the action in My work and can read the review, but not the
// supervisors' dashboard.
const PASSWORD = 'umbrella-demo';
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const CLIENT = 'Dina';
const CASEWORKER = 'Joanna Mensah';
const NOTES =
  'Dina has had no key worker since Tomasz went on leave. Her bail hearing is coming up; Joanna takes the case on and meets her with the interpreter first.';
const ACTION = 'Arrange a handover meeting with Dina';
const REASSIGN_REASON = 'Tomasz is on leave; Joanna has room on her caseload.';
const CLIENT_URL = /\/clients\/[0-9a-f-]{36}$/;

let server: RunningServer;
let browser: Browser;
let desk: Page;
let joanna: Page;
let clientUrl = '';
const problems: string[] = [];
/** What the server answered Joanna's browser for the stalled cases, if it ever asked. */
const joannaStalled: number[] = [];

async function signIn(page: Page, email: string, secret?: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (secret) {
    await page.waitForURL(path('/sign-in/code'));
    // A code works once: wait for a fresh one.
    await page.getByLabel('Code').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
  }
  await page.waitForURL(path('/'));
}

/** Titles end up in history, tabs and screen shares: they never name the client. */
async function expectTitleWithoutClient(page: Page) {
  const title = await page.title();
  expect(title, `title of ${page.url()}`).not.toContain(CLIENT);
  expect(title.length).toBeGreaterThan(0);
}

async function timelineTexts(page: Page): Promise<string[]> {
  return page.locator('.timeline-list__items > li').allTextContents();
}

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  desk = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
  joanna = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
  watchConsole(desk, problems);
  watchConsole(joanna, problems);
  joanna.on('response', (response: Response) => {
    if (response.url().includes('supervision.stalledCases')) joannaStalled.push(response.status());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('supervision, from the stalled cases to the caseworker’s work', () => {
  it(
    'the supervisor finds Dina among the stalled cases without a key worker',
    { timeout: 120_000 },
    async () => {
      await signIn(desk, 'supervisor@demo.test', DEMO_SECRET);
      await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision' }).click();
      await desk.waitForURL(path('/supervision'));
      await desk.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
      await expectTitleWithoutClient(desk);

      const stalled = desk.getByRole('region', { name: 'Stalled cases' });
      const table = stalled.getByRole('table', { name: /^Stalled cases, with the key worker/ });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThan(2);

      await stalled.getByLabel('Reason', { exact: true }).selectOption('no_key_worker');
      await desk.waitForURL((url) => url.searchParams.get('reason') === 'no_key_worker');
      const dina = table
        .getByRole('row')
        .filter({ has: desk.getByRole('link', { name: CLIENT, exact: true }) });
      await dina.waitFor();
      await expect.poll(() => dina.textContent()).toMatch(/No key worker for this open case/);
      // Every case left in the list is one without a key worker.
      await expect
        .poll(async () => {
          const keyWorkers = await table.locator('tbody td[data-label="Key worker"]').allTextContents();
          return keyWorkers.length > 0 && keyWorkers.every((text) => text.trim() === 'None');
        })
        .toBe(true);
      await stalled.getByRole('button', { name: 'Clear filters' }).waitFor();

      // Each number in the caseload leads to its cases: the row of cases without a key worker.
      const caseload = desk.getByRole('region', { name: 'Caseload', exact: true });
      const noKeyWorker = caseload.getByRole('link', { name: /^\d+ open cases without a key worker$/ });
      const href = (await noKeyWorker.getAttribute('href')) ?? '';
      const linked = new URL(href, server.url);
      expect(linked.pathname).toBe('/supervision');
      expect(linked.searchParams.get('keyWorker')).toBe('none');
      expect(linked.searchParams.get('reason')).toBe('no_key_worker');
      await stalled.getByRole('button', { name: 'Clear filters' }).click();
      await desk.waitForURL((url) => url.search === '');
      await noKeyWorker.click();
      await desk.waitForURL(
        (url) =>
          url.searchParams.get('keyWorker') === 'none' && url.searchParams.get('reason') === 'no_key_worker',
      );
      await dina.waitFor();
      expect(await stalled.getByLabel('Key worker', { exact: true }).inputValue()).toBe('none');
      expect(await stalled.getByLabel('Reason', { exact: true }).inputValue()).toBe('no_key_worker');

      // The charts come after the tables, each with its figures as a table too.
      const asTable = desk.getByText('Show as a table', { exact: true });
      await asTable.first().waitFor();
      expect(await asTable.count()).toBeGreaterThan(0);
      expect(
        await desk
          .getByRole('region', { name: 'Overdue items over the last 12 weeks' })
          .getByText('Show as a table')
          .count(),
      ).toBe(1);
      // Both tables opened for the scan: their drill-down buttons must be named with their visible words.
      const weeks = desk.getByRole('region', { name: 'Overdue items over the last 12 weeks' });
      await weeks.getByText('Show as a table', { exact: true }).click();
      await weeks
        .getByRole('button', { name: /^List the cases/ })
        .first()
        .waitFor();
      const stages = desk.getByRole('region', { name: 'Time in each stage' });
      await stages.getByText('Show as a table', { exact: true }).click();
      await stages.getByRole('table', { name: /^Time in each stage, / }).waitFor();
      await desk.getByRole('heading', { name: 'Thresholds in use' }).waitFor();
      await expectTitleWithoutClient(desk);
      await expectAccessible(desk, 'supervision dashboard');
      await screenshot(desk, '70-supervision-no-key-worker');
    },
  );

  it('the supervisor records a review with an agreed action on Dina’s record', async () => {
    await desk
      .getByRole('region', { name: 'Stalled cases' })
      .getByRole('link', { name: CLIENT, exact: true })
      .click();
    await desk.waitForURL(CLIENT_URL);
    clientUrl = desk.url();
    const section = desk.getByRole('region', { name: 'Supervision', exact: true });
    await section.getByText(/^No key worker for this open case/).waitFor();
    await expectTitleWithoutClient(desk);

    await section.getByRole('button', { name: 'Record a review' }).click();
    const form = section.getByRole('form', { name: 'Record a supervision review' });
    await form.getByRole('button', { name: 'Record the review' }).click();
    await form.getByText('Write the notes of the review').first().waitFor();

    await form.getByLabel('Notes', { exact: true }).fill(NOTES);
    await form.getByRole('button', { name: 'Add an action' }).click();
    const action = form.getByRole('group', { name: 'Action 1' });
    await action.getByLabel('What is to be done').fill(ACTION);
    await action.getByLabel('Due', { exact: true }).fill(londonDate(3));
    await form.getByLabel('Next review by').fill(londonDate(28));
    await form.getByText(/^Draft saved at/).waitFor();

    // A reload starts from the supervisor's draft on the server; the browser's storage holds none of it.
    await desk.reload();
    await section.getByRole('button', { name: 'Record a review (draft saved)' }).click();
    await form.getByText(/^Draft from /).waitFor();
    expect(await form.getByLabel('Notes', { exact: true }).inputValue()).toBe(NOTES);
    expect(await action.getByLabel('What is to be done').inputValue()).toBe(ACTION);
    expect(await form.getByLabel('Next review by').inputValue()).toBe(londonDate(28));
    const stored = await desk.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    for (const secret of [NOTES, ACTION]) expect(stored).not.toContain(secret);
    expect(await desk.evaluate(() => indexedDB.databases().then((list) => list.length))).toBe(0);
    await expectAccessible(desk, 'review form');
    await screenshot(desk, '71-review-form');
    await form.getByRole('button', { name: 'Record the review' }).click();

    await section
      .getByRole('status')
      .filter({ hasText: 'The review has been recorded, and its action added to the deadlines.' })
      .waitFor();
    const reviews = section.getByRole('list', { name: 'Supervision reviews, latest first' });
    const review = reviews.getByRole('listitem').filter({ hasText: NOTES }).first();
    await review.waitFor();
    await review.getByText(ACTION).waitFor();
    await review.getByText(/^Next review by/).waitFor();

    // The action is a deadline on the case; the review is on the timeline, its notes are not.
    await desk.getByRole('region', { name: 'Deadlines' }).getByText(ACTION).first().waitFor();
    await expect
      .poll(async () => (await timelineTexts(desk)).some((text) => text.includes('Supervision review')))
      .toBe(true);
    expect((await timelineTexts(desk)).some((text) => text.includes(NOTES))).toBe(false);
    await expectTitleWithoutClient(desk);
  });

  it('the supervisor makes Joanna Dina’s key worker', async () => {
    const section = desk.getByRole('region', { name: 'Supervision', exact: true });
    await section.getByRole('button', { name: 'Change key worker' }).click();
    const form = section.getByRole('form', { name: 'Change the key worker' });
    await form.getByText('They have no key worker now.').waitFor();
    await form.getByLabel('New key worker').selectOption({ label: CASEWORKER });
    await form.getByLabel('Reason (optional)').fill(REASSIGN_REASON);
    await form.getByRole('button', { name: 'Change key worker' }).click();
    await section.getByText(`The client moved to ${CASEWORKER}.`).first().waitFor();
    await section.getByRole('button', { name: 'Close' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `The client moved to ${CASEWORKER}.` })
      .waitFor();

    const keyWorker = desk
      .locator('.client-header__facts > div')
      .filter({ has: desk.getByRole('term').filter({ hasText: /^Key worker$/ }) })
      .getByRole('definition');
    await expect.poll(() => keyWorker.textContent()).toBe(CASEWORKER);
    // The lead caseworker moved with the key worker (there was none), and the case file form shows it.
    const caseFile = desk.getByRole('form', { name: 'Case file' });
    await expect
      .poll(() => caseFile.getByLabel('Lead caseworker').locator('option:checked').textContent())
      .toBe(CASEWORKER);
    // No longer flagged for want of a key worker.
    await expect.poll(() => section.getByText(/^No key worker for this open case/).count()).toBe(0);
    await expect
      .poll(async () =>
        (await timelineTexts(desk)).some((text) =>
          text.includes(`Key worker changed from no one to ${CASEWORKER}. Reason: ${REASSIGN_REASON}`),
        ),
      )
      .toBe(true);
    await expectTitleWithoutClient(desk);
    await expectAccessible(desk, 'client record after the review and the change of key worker');
    await screenshot(desk, '72-client-reviewed-and-reassigned');
  });

  it('the supervisor moves every case of a filtered list, and is told so though the list empties', async () => {
    await desk.goto(`${server.url}/supervision`);
    const stalled = desk.getByRole('region', { name: 'Stalled cases' });
    await stalled.getByLabel('Key worker', { exact: true }).selectOption({ label: 'Tomasz Nowak' });
    await stalled.getByLabel('Reason', { exact: true }).selectOption('review_due');
    await desk.waitForURL(/reason=review_due/);
    await stalled.getByRole('checkbox', { name: 'Tick Thanh' }).waitFor();
    await stalled.getByRole('checkbox', { name: 'Tick every case shown' }).check();
    await stalled.getByRole('button', { name: 'Reassign selected' }).click();
    const form = stalled.getByRole('form', { name: /^Change the key worker/ });
    await form.getByLabel('New key worker').selectOption({ label: CASEWORKER });
    await form.getByRole('button', { name: /^(Change key worker|Move \d+ clients)$/ }).click();
    // The moved case leaves the list (and the form with it): the sentence stays, above the list.
    await stalled
      .getByText(new RegExp(`moved to ${CASEWORKER}`))
      .first()
      .waitFor();
    await stalled.getByText('No stalled cases match these filters.').waitFor();
  });

  it('Joanna finds the action in My work and reads the review, but not the dashboard', async () => {
    await signIn(joanna, 'caseworker@demo.test');
    await expectTitleWithoutClient(joanna);
    const upcoming = joanna.getByRole('region', { name: /^Due in the next 14 days/ });
    const row = upcoming.getByRole('listitem').filter({ hasText: ACTION }).first();
    await row.waitFor();
    await row.getByRole('link', { name: CLIENT, exact: true }).waitFor();
    await expectAccessible(joanna, 'My work with the agreed action');
    await screenshot(joanna, '73-my-work-review-action');

    await row.getByRole('link', { name: CLIENT, exact: true }).click();
    await joanna.waitForURL(CLIENT_URL);
    expect(joanna.url()).toBe(clientUrl);
    await expectTitleWithoutClient(joanna);
    const section = joanna.getByRole('region', { name: 'Supervision', exact: true });
    await section.getByRole('list', { name: 'Supervision reviews, latest first' }).getByText(NOTES).waitFor();
    // A caseworker reads the review; recording one and changing key workers are for supervisors.
    expect(await section.getByRole('button', { name: 'Record a review' }).count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Change key worker' }).count()).toBe(0);
    await screenshot(joanna, '74-caseworker-reads-review');

    expect(
      await joanna
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Supervision' })
        .count(),
    ).toBe(0);
    await joanna.goto(`${server.url}/supervision`);
    await joanna.getByRole('heading', { name: 'You do not have access to this page', level: 1 }).waitFor();
    await joanna.getByRole('link', { name: 'My work' }).first().waitFor();
    expect(await joanna.getByRole('region', { name: 'Stalled cases' }).count()).toBe(0);
    await expectTitleWithoutClient(joanna);
    await expectAccessible(joanna, 'supervision refused to a caseworker');
    await screenshot(joanna, '75-caseworker-refused-supervision');
    // The page never asks for the stalled cases; were it to, the server refuses a caseworker.
    expect(joannaStalled.filter((status) => status < 400)).toEqual([]);
  });

  it('logged no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
