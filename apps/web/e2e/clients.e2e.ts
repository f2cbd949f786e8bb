import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { londonDate } from './harness/dates.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';

// A caseworker's journey through client records, against the demo organisation (which already holds about
// 30 fictional clients, so nothing here assumes an empty list).
const PASSWORD = 'umbrella-demo';
const CLIENT_NAME = 'Amara Journey';
const ALIAS_NAME = 'Amarachi Okonkwo-Journey';
const HOME_OFFICE_REF = 'HOJ-2231-E2E';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let clientId = '';
const problems: string[] = [];

/** As the app writes calendar dates: 23 Nov 2026. */
function written(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  watchConsole(page, problems);
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
  await target.waitForURL(path('/'));
}

describe('a volunteer', () => {
  let volunteerContext: BrowserContext;
  let volunteer: Page;
  beforeEach(async () => {
    await volunteerContext?.close();
    volunteerContext = await browser.newContext();
    volunteer = await volunteerContext.newPage();
  });
  afterAll(async () => {
    await volunteerContext?.close();
  });

  it('is refused the client list, and is not offered it', async () => {
    await signIn(volunteer, 'volunteer@demo.test');
    expect(await volunteer.getByRole('link', { name: 'Clients' }).count()).toBe(0);
    await volunteer.goto(`${server.url}/clients`);
    await volunteer.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await volunteer.locator('.client-row').count()).toBe(0);
    await expectAccessible(volunteer, 'clients refused to a volunteer');
    await screenshot(volunteer, '30-volunteer-refused-clients');
  });
});

describe('a caseworker', () => {
  it('sees the demo clients, with filters kept in the address and the search kept out of it', async () => {
    await signIn(page, 'caseworker@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.waitForURL(path('/clients'));
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.client-row').count()).toBeGreaterThan(5);
    expect(await page.title()).toBe('Clients · Umbrella');
    await expectAccessible(page, 'client list');
    await screenshot(page, '31-client-list');

    await page.getByLabel('Matter', { exact: true }).selectOption('asylum_claim');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'asylum_claim');
    await page.getByLabel('Stage', { exact: true }).selectOption('refused');
    await page.waitForURL((url) => url.searchParams.get('stage') === 'refused');
    // Every client listed now has an asylum claim at "Refused".
    await expect
      .poll(() =>
        page
          .locator('.client-row')
          .evaluateAll((rows) =>
            rows.every((row) =>
              [...row.querySelectorAll('.matter-chip')].some((chip) =>
                chip.textContent?.includes('Asylum claim: Refused'),
              ),
            ),
          ),
      )
      .toBe(true);
    await screenshot(page, '32-client-list-filtered');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await page.getByLabel('Search clients').fill('Amara');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByText(/client(s)? shown|No clients match/).count()).toBe(1);
    expect(page.url()).not.toContain('Amara');
  });

  it('is told a display name is needed, and nothing is saved', async () => {
    await page.getByRole('link', { name: 'Add a client' }).click();
    await page.waitForURL(path('/clients/new'));
    await page.getByRole('heading', { name: 'Add a client', level: 1 }).waitFor();
    await page.getByLabel('Code word (optional)').waitFor();
    await expectAccessible(page, 'new client form');
    await page.getByRole('button', { name: 'Add client' }).click();
    await expect.poll(() => page.getByText('Enter display name').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/clients/new');
    // The message is tied to the field, and focus went there.
    const displayName = page.getByLabel('Display name', { exact: true });
    expect(await displayName.getAttribute('aria-invalid')).toBe('true');
    expect(await displayName.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, '33-missing-display-name');
  });

  it('adds a client with another name known to the Home Office and safe-contact rules', async () => {
    await page.getByLabel('Display name', { exact: true }).fill(CLIENT_NAME);
    await page.getByLabel('Pronouns (optional)').fill('she/her');

    await page.getByRole('button', { name: 'Add another name' }).click();
    const alias = page.getByRole('group', { name: 'Other name 1' });
    await alias.getByLabel('Name', { exact: true }).fill(ALIAS_NAME);
    await alias.getByLabel('Kind of name').selectOption({ label: 'Legal name' });
    await alias.getByLabel('Search the agency directory').fill('UK Visas');
    await alias.getByRole('button', { name: 'Choose Home Office UK Visas and Immigration (asylum)' }).click();
    await alias.getByText('Home Office UK Visas and Immigration (asylum)').first().waitFor();
    await alias.getByLabel('Notes about this name').fill('Name on her passport');

    const safe = page.getByRole('group', { name: 'Safe contact' });
    await safe.getByLabel('Safe to text').check();
    await safe.getByLabel('Code word (optional)').fill('blue umbrella');
    await safe.getByLabel('Safe times (optional)').fill('Weekdays 10:00 to 14:00');

    await page.getByLabel('Languages (optional)').fill('Igbo, English');
    await page.getByLabel('Needs an interpreter').check();
    await page.getByLabel('Interpreter language').fill('Igbo');
    await page.getByLabel('Risk of immigration detention').check();
    await screenshot(page, '34-new-client-filled');
    await page.getByRole('button', { name: 'Add client' }).click();

    await page.waitForURL((url) => UUID.test(url.pathname));
    clientId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(clientId).toMatch(UUID);
    await page.getByRole('heading', { name: CLIENT_NAME, level: 1 }).waitFor();
    // Never a name in the title or the address.
    expect(await page.title()).toBe('Client · Umbrella');
    expect(page.url()).not.toContain('Amara');

    const header = page.locator('.client-header');
    for (const rule of ['Do not call', 'Safe to text', 'No voicemail', 'No post', 'blue umbrella']) {
      await header.getByText(rule).waitFor();
    }
    await header.getByText('Risk of immigration detention').waitFor();
    await header.getByText('Needed: Igbo').waitFor();
    await page.getByText(ALIAS_NAME).waitFor();
    await page.getByText(/known by this name to Home Office UK Visas and Immigration/).waitFor();
    await expectAccessible(page, 'client profile');
    await screenshot(page, '35-client-profile');
  });

  it('opens an asylum claim and records a refusal, which shows on the timeline', async () => {
    const openedOn = londonDate(-120);
    const refusedOn = londonDate(-9);

    await page.getByRole('button', { name: 'Open a matter' }).click();
    const open = page.getByRole('form', { name: 'Open a matter' });
    await open.getByLabel('Kind of matter').selectOption('asylum_claim');
    await open.getByLabel('Stage it is at now').selectOption({ label: 'Awaiting decision' });
    await open.getByLabel('Opened on').fill(openedOn);
    await open.getByLabel('Home Office reference (optional)').fill(HOME_OFFICE_REF);
    await open.getByLabel('Legal representative (optional)').fill('Brightwater Immigration Solicitors');
    await open.getByRole('button', { name: 'Open matter' }).click();
    await page.getByText('The asylum claim has been opened at “Awaiting decision”.').waitFor();

    const panel = page.getByRole('article', { name: 'Asylum claim' });
    await panel.getByText(HOME_OFFICE_REF).first().waitFor();
    await panel.getByRole('button', { name: 'Record a stage change' }).click();
    const form = panel.getByRole('form', { name: 'Record a stage change' });
    const options = await form.getByLabel('New stage').locator('option').allTextContents();
    // Only the moves the stage machine allows from "Awaiting decision" are offered.
    expect(options).toEqual([
      'Choose a stage',
      'Substantive interview booked',
      'Granted',
      'Refused',
      'Withdrawn',
    ]);
    expect(options).not.toContain('Appeal lodged');

    await form.getByLabel('New stage').selectOption({ label: 'Refused' });
    // A decision cannot be dated tomorrow.
    await form.getByLabel('Date it happened').fill(londonDate(1));
    await form.getByRole('button', { name: 'Record stage change' }).click();
    await form.getByText('The date it happened cannot be in the future').waitFor();
    await screenshot(page, '36-future-date-refused');

    await form.getByLabel('Date it happened').fill(refusedOn);
    await form.getByLabel('Note (optional)').fill('Refusal letter received by post at the solicitor');
    await form.getByRole('button', { name: 'Record stage change' }).click();
    await panel.getByText('The stage is now “Refused”.').waitFor();
    // The refusal implies the decision and its date in the details.
    await panel.getByText(written(refusedOn)).first().waitFor();

    // On the picture: a marker in the asylum lane, labelled and with a tooltip.
    const marker = page.locator('.swimlanes__svg g.marker', {
      has: page.locator('title', { hasText: '“Refused”' }),
    });
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.getAttribute('class')).toContain('marker--negative');
    await page.locator('.swimlanes__label', { hasText: 'Asylum claim' }).getByText('Refused').waitFor();
    await marker.locator('.marker__shape').click();
    await page
      .locator('.timeline__selected')
      .getByText(/Moved from “Awaiting decision” to “Refused”/)
      .waitFor();

    // And in the list view, newest first.
    await page.getByRole('button', { name: 'Show the events as a list' }).click();
    const items = await page.locator('.timeline-list__items > li').allTextContents();
    const refusal = items.findIndex((text) => text.includes('Moved from “Awaiting decision” to “Refused”'));
    const opened = items.findIndex((text) => text.includes('Opened at “Awaiting decision”'));
    expect(refusal).toBeGreaterThanOrEqual(0);
    expect(items[refusal]).toContain(written(refusedOn));
    expect(items[refusal]).toContain('Refusal letter received by post at the solicitor');
    // Newest first: the refusal comes before the opening of the claim.
    expect(refusal).toBeLessThan(opened);
    await page.locator('.swimlanes').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'client profile with a matter');
    await screenshot(page, '37-timeline-refused');
  });

  it('adds a note marked sensitive, shown in clear with a "Sensitive" badge on the timeline', async () => {
    await page.getByRole('button', { name: 'Add a note' }).click();
    const form = page.getByRole('form', { name: 'Add a note' });
    await form.getByLabel('Note', { exact: true }).fill('Told us where the man who exploited her lives.');
    await form.getByLabel('Sensitive: encrypt this note').check();
    await form.getByRole('button', { name: 'Add note' }).click();
    await page.getByText(/has been added to the timeline/).waitFor();
    const item = page.locator('.timeline-list__items > li', {
      hasText: 'Told us where the man who exploited her lives.',
    });
    await expect.poll(() => item.locator('.badge', { hasText: 'Sensitive' }).count()).toBe(1);
  });

  it('is refused a jump the stage machine forbids and a badly written date, even asking the server directly', async () => {
    const answer = await page.evaluate(async (id) => {
      const post = (procedure: string, input: unknown) =>
        fetch(`/trpc/${procedure}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));
      const profile = (await post('clients.get', { id })) as {
        body: { result: { data: { matters: { id: string; version: number }[] } } };
      };
      const matter = profile.body.result.data.matters[0];
      if (!matter) throw new Error('no matter');
      return post('matters.changeStage', {
        matterId: matter.id,
        version: matter.version,
        toStage: 'hearing_listed',
        occurredOn: new Date().toISOString().slice(0, 10),
      });
    }, clientId);
    expect(answer.status).toBe(400);
    const error = (
      answer.body as { error: { message: string; data: { fieldErrors: Record<string, string[]> } } }
    ).error;
    expect(error.data.fieldErrors.toStage?.[0]).toContain(
      'A matter at "Refused" cannot move to "Hearing listed"',
    );

    // A date in the wrong format is refused with a message saying which format to use.
    const badDate = await page.evaluate(
      (id) =>
        fetch('/trpc/clients.addNote', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ personId: id, occurredOn: '14/11/2026', note: 'Wrong date format' }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown })),
      clientId,
    );
    expect(badDate.status).toBe(400);
    const dateError = (badDate.body as { error: { data: { fieldErrors: Record<string, string[]> } } }).error;
    expect(dateError.data.fieldErrors.occurredOn?.[0]).toContain('Enter a date as YYYY-MM-DD');

    // Nothing was written: the matter still stands at Refused, and there is no such note.
    await page.reload();
    await page.getByRole('article', { name: 'Asylum claim' }).getByText('Refused').first().waitFor();
    expect(await page.getByText('Wrong date format').count()).toBe(0);
  });

  it('finds the client by their Home Office reference', async () => {
    await page.goto(`${server.url}/clients`);
    await page.getByLabel('Search clients').fill(HOME_OFFICE_REF.toLowerCase());
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = page.locator('.client-row', { hasText: CLIENT_NAME });
    await row.waitFor();
    await row.getByText(/Matched reference/).waitFor();
    await row.getByText('Asylum claim: Refused').waitFor();
    await row.getByText('Risk of immigration detention').waitFor();
    expect(page.url()).not.toContain(HOME_OFFICE_REF.toLowerCase());
    await screenshot(page, '38-search-by-reference');
  });

  it('is told when someone else changed the client meanwhile, and keeps what they typed', async () => {
    await page.goto(`${server.url}/clients/${clientId}/edit`);
    await page.getByLabel('Display name', { exact: true }).waitFor();
    await expectAccessible(page, 'edit client form');

    // A colleague (another tab) saves a change first.
    const other = await context.newPage();
    await other.goto(`${server.url}/clients/${clientId}/edit`);
    await other.getByLabel('Pronouns (optional)').fill('she/they');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.waitForURL(path(`/clients/${clientId}`));
    await other.getByText('The changes have been saved.').waitFor();
    await other.close();

    // This tab still holds the version it read.
    await page.getByLabel('Notes (optional)', { exact: true }).fill('Prefers appointments in the morning.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByText(
        'Someone else changed this client while you were editing. Reload to see their changes, then make yours again.',
      )
      .waitFor();
    expect(await page.getByLabel('Notes (optional)', { exact: true }).inputValue()).toBe(
      'Prefers appointments in the morning.',
    );
    await screenshot(page, '39-conflict');
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByText('The latest details are shown below').waitFor();
    expect(await page.getByLabel('Pronouns (optional)').inputValue()).toBe('she/they');
    // What they had typed is listed, so they can make the change again.
    await page.locator('.details', { hasText: 'Prefers appointments in the morning.' }).waitFor();
    await screenshot(page, '40-conflict-reloaded');
    await page.getByLabel('Notes (optional)', { exact: true }).fill('Prefers appointments in the morning.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(path(`/clients/${clientId}`));
    await page.getByText('Prefers appointments in the morning.').waitFor();
    await page.locator('.client-header').getByText('she/they').waitFor();
  });

  it('shows the timeline of a demo client with several matters on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/clients`);
    await expect.poll(() => page.locator('.client-row').count()).toBeGreaterThan(5);
    await screenshot(page, '41-phone-client-list');
    // The demo client with the most matters.
    const rows = page.locator('.client-row');
    const counts = await rows.evaluateAll((els) =>
      els.map((el) => el.querySelectorAll('.matter-chip').length),
    );
    const busiest = counts.indexOf(Math.max(...counts));
    await rows.nth(busiest).locator('a.client-row__name').click();
    await page.waitForURL((url) => UUID.test(url.pathname));
    await page.locator('.swimlanes__svg').waitFor();
    expect(await page.title()).toBe('Client · Umbrella');
    await expectAccessible(page, 'demo client profile on a phone');
    await screenshot(page, '42-phone-demo-profile');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.locator('.swimlanes__svg').waitFor();
    await screenshot(page, '43-desktop-demo-profile');
  });

  it('marks immigration-enforcement agencies in the directory', async () => {
    await page.goto(`${server.url}/agencies`);
    await page.getByRole('heading', { name: 'Agencies', level: 1 }).waitFor();
    await page.getByLabel('Category').selectOption('immigration_enforcement');
    await page.waitForURL((url) => url.searchParams.get('category') === 'immigration_enforcement');
    const agency = page.getByRole('link', { name: 'Home Office Immigration Enforcement' });
    await agency.waitFor();
    const warning = 'Immigration enforcement — never share client information without a recorded decision';
    await expect.poll(() => page.getByText(warning).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'agency directory');
    await screenshot(page, '44-agencies-immigration-enforcement');

    await agency.click();
    await page.getByRole('heading', { name: 'Home Office Immigration Enforcement', level: 1 }).waitFor();
    expect(await page.title()).toBe('Agency · Umbrella');
    await page
      .getByText('Never share client information with this agency without a recorded decision.')
      .waitFor();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('Name', { exact: true }).fill('Duty desk');
    await form.getByLabel('Role (optional)').fill('Enquiries');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText('Duty desk has been added.').waitFor();
    await expectAccessible(page, 'agency page');
    await screenshot(page, '45-agency-page');
  });

  it('logged no errors in the console and no CSP violations', () => {
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
