import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';

// The caseworker books today's police interview for a demo client and asks a volunteer. The volunteer, on a
// phone, accepts it and files the report with a "threatened with arrest" concern and a follow-up (a draft
// survives a reload on the way). The caseworker then finds the report on the client's timeline and the
// follow-up in My work, and confirms it as a deadline.
const PASSWORD = 'umbrella-demo';
const CLIENT = 'Amira';
const VOLUNTEER = 'Leila Haddad';
const PLACE = 'Islington Police Station, 2 Tolpuddle Street';
const AREA = 'Angel';
const TREATMENT = 'The officer was impatient and asked why she had waited to report.';
const FOLLOW_UP = 'Complain to the inspector about the threat of arrest';

let server: RunningServer;
let browser: Browser;
let desk: Page;
let phone: Page;
const problems: string[] = [];

/** London wall-clock now as `YYYY-MM-DD` and minutes since midnight. */
function londonNow(): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Under way now, so it can be reported at once: from half an hour ago (or midnight) for an hour. */
function underWay() {
  const now = londonNow();
  const start = Math.max(0, now.minutes - 30);
  return { date: now.date, start: hhmm(start), end: hhmm(Math.min(start + 60, 23 * 60 + 59)) };
}

async function signIn(page: Page, email: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(path('/'));
}

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  desk = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
  phone = await (
    await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
  ).newPage();
  watchConsole(desk, problems);
  watchConsole(phone, problems);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an accompaniment, from booking to report', () => {
  it('the caseworker books today’s interview (an end before the start is refused) and asks a volunteer', async () => {
    await signIn(desk, 'caseworker@demo.test');
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await desk.getByLabel('Search clients').fill(CLIENT);
    await desk.getByRole('button', { name: 'Search', exact: true }).click();
    await desk.getByRole('link', { name: CLIENT, exact: true }).first().click();
    await desk.waitForURL(/\/clients\/[0-9a-f-]{36}$/);

    const section = desk.getByRole('region', { name: 'Appointments' });
    await section.getByRole('button', { name: 'Add an appointment' }).click();
    const form = desk.getByRole('form', { name: 'Add an appointment' });
    const when = underWay();
    await form.getByLabel('Kind of appointment').selectOption('police_interview');
    await form.getByLabel('Date').fill(when.date);
    await form.getByLabel('Starts at').fill(when.end);
    await form.getByLabel('Ends at').fill(when.start);
    await form.getByLabel('Place').fill(PLACE);
    await form.getByLabel('Area (optional)').fill(AREA);
    await form.getByRole('button', { name: 'Add appointment' }).click();
    await form.getByText('The end must be after the start').first().waitFor();

    await form.getByLabel('Starts at').fill(when.start);
    await form.getByLabel('Ends at').fill(when.end);
    await form.getByRole('button', { name: 'Add appointment' }).click();
    await desk.waitForURL(/\/appointments\/[0-9a-f-]{36}$/);
    await desk.getByText(PLACE).first().waitFor();
    expect(await desk.title()).not.toContain(CLIENT);

    const volunteers = desk.getByRole('region', { name: 'Volunteers' });
    await volunteers.getByRole('button', { name: 'Find a volunteer' }).click();
    await volunteers.getByRole('button', { name: `Ask ${VOLUNTEER}` }).click();
    await volunteers
      .getByRole('button', { name: `Remove ${VOLUNTEER}` })
      .first()
      .waitFor();
    await expectAccessible(desk, 'appointment page');
    await screenshot(desk, '60-appointment-booked');
  });

  it('the volunteer, on a phone, accepts and files the report with a concern and a follow-up', async () => {
    await signIn(phone, 'volunteer@demo.test');
    await phone.getByRole('heading', { name: 'Your accompaniments', level: 1 }).waitFor();
    const card = phone
      .getByRole('region', { name: /Coming up/ })
      .getByRole('listitem')
      .filter({ hasText: AREA })
      .first();
    await card.getByRole('link').first().click();
    await phone.waitForURL(/\/accompaniments\/[0-9a-f-]{36}/);
    // The address changes before the page's own chunk has loaded: wait for the page, not the list behind it.
    await phone.getByText('Can you go?').waitFor();
    expect(await phone.title()).not.toContain(CLIENT);
    await phone.getByText(CLIENT).first().waitFor();
    // The case file stays out of reach: no links to client records, no communications.
    expect(await phone.locator('a[href^="/clients"]').count()).toBe(0);
    expect(await phone.getByRole('heading', { name: 'Communications' }).count()).toBe(0);

    await phone.getByRole('button', { name: 'Accept' }).click();
    const report = phone.getByRole('form', { name: 'Accompaniment report' });
    await report.waitFor();
    await report.getByRole('group', { name: 'What happened?' }).getByLabel('Attended').check();
    await report.getByRole('group', { name: 'Who was there?' }).getByLabel('Police officer').check();
    await report.getByLabel('How was the client treated?').fill(TREATMENT);
    await report.getByLabel('Threatened with arrest').check();
    await report.getByRole('button', { name: 'Add a follow-up' }).click();
    await report.getByLabel('What needs doing').fill(FOLLOW_UP);
    await report.getByLabel('Hours').fill('2');
    await report.getByLabel('Minutes').fill('15');
    await phone.getByText(/Draft saved/).waitFor();

    // A reload (or another phone) starts from the server's draft.
    await phone.reload();
    const reloaded = phone.getByRole('form', { name: 'Accompaniment report' });
    await expect.poll(() => reloaded.getByLabel('How was the client treated?').inputValue()).toBe(TREATMENT);
    expect(await reloaded.getByLabel('Threatened with arrest').isChecked()).toBe(true);
    // Nothing about the client in the browser's storage (the router keeps only scroll positions there).
    const stored = await phone.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    for (const secret of [CLIENT, TREATMENT, FOLLOW_UP]) expect(stored).not.toContain(secret);
    expect(await phone.evaluate(() => indexedDB.databases().then((list) => list.length))).toBe(0);

    await expectAccessible(phone, 'accompaniment report on a phone');
    await reloaded.getByRole('button', { name: 'File report' }).click();
    await phone.getByText('Report filed').first().waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(phone, '61-report-filed-phone');
  });

  it('the caseworker sees the report on the timeline and confirms the follow-up from My work', async () => {
    await desk.goto(`${server.url}/`);
    const followUps = desk.getByRole('region', { name: /Follow-ups from accompaniments to confirm/ });
    const item = followUps.getByRole('listitem').filter({ hasText: FOLLOW_UP }).first();
    await item.waitFor();
    const reports = desk.getByRole('region', { name: /Accompaniment reports/ });
    await reports.getByText('Threatened with arrest').first().waitFor();
    await screenshot(desk, '62-my-work-follow-up');

    await item.getByRole('button', { name: 'Confirm as deadline…' }).click();
    const confirm = item.getByRole('form', { name: 'Confirm the follow-up as a deadline' });
    expect(await confirm.getByLabel('Deadline title').inputValue()).toBe(FOLLOW_UP);
    await confirm.getByRole('button', { name: 'Add deadline' }).click();
    await expect.poll(() => followUps.getByRole('listitem').filter({ hasText: FOLLOW_UP }).count()).toBe(0);
    // The caseworker's deadline, a week from today unless they said otherwise.
    await desk
      .getByRole('region', { name: /Due in the next 14 days/ })
      .getByText(FOLLOW_UP)
      .first()
      .waitFor();

    await reports
      .getByRole('listitem')
      .filter({ hasText: 'Threatened with arrest' })
      .first()
      .getByRole('link', { name: /^Attended/ })
      .click();
    await desk.waitForURL(/\/appointments\/[0-9a-f-]{36}$/);
    await desk.getByText(TREATMENT).waitFor();
    await desk.getByRole('link', { name: CLIENT, exact: true }).first().click();
    await desk.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await desk.locator('.timeline-list__items > li').first().waitFor({ state: 'attached' });
    const timeline = await desk.locator('.timeline-list__items > li').allTextContents();
    expect(
      timeline.some(
        (text) => text.includes('Accompaniment report') && text.includes('threatened with arrest'),
      ),
    ).toBe(true);
    await screenshot(desk, '63-timeline-report');
    expect(problems).toEqual([]);
  });
});
