import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';

// A letter to the Home Office expecting a reply, with a scan attached (and a disguised file refused). A month
// later its reply is overdue on My work; the caseworker follows the link, drafts a chaser and logs it.
const PASSWORD = 'umbrella-demo';
const CLIENT_NAME = 'Cass Comms-Journey';
const AGENCY = 'Home Office UK Visas and Immigration (asylum)';
const SUBJECT = 'Request for a copy of the asylum interview record';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A small PDF: the server recognises a file by its signature, and this one is what its name says. */
const PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);
/** A Windows program named as a PDF: refused. */
const DISGUISED = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(254, 0x90)]);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let clientId = '';
const problems: string[] = [];

/**
 * A form's `YYYY-MM-DD` date as the app writes it: 23 Nov 2026. The tests read the date a form holds rather than
 * the clock, so a run that crosses midnight still expects the day the form filled in.
 */
function written(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
/** The day the first letter was sent, as the app writes it. */
let letterSentOn = '';

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

async function signIn() {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail').fill('caseworker@demo.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(path('/'));
}

const communications = () => page.getByRole('region', { name: 'Communications' });
const listed = (subject: string) =>
  communications()
    .getByRole('list', { name: 'Communications, newest first' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('link', { name: subject, exact: true }),
    });

/** An opened communication puts the reader at its heading, scrolled into view. */
async function expectOpened(subject: string) {
  const heading = communications()
    .getByRole('article', { name: subject })
    .getByRole('heading', { name: subject });
  await heading.waitFor();
  await expect
    .poll(() =>
      heading.evaluate((el) => {
        const { top, bottom } = el.getBoundingClientRect();
        return el === document.activeElement && top >= 0 && bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
}

describe('a caseworker', () => {
  it('logs a letter expecting a reply, with a scan attached and a disguised file refused', async () => {
    await signIn();
    // Their own client, so the letter's late reply is on their My work.
    const me = (await page.locator('.site-header__name').textContent())?.trim() ?? '';
    await page.goto(`${server.url}/clients/new`);
    await page.getByLabel('Display name', { exact: true }).fill(CLIENT_NAME);
    await page.getByLabel('Key worker').selectOption({ label: me });
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.waitForURL((url) => UUID.test(url.pathname));
    clientId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await communications().getByText('Nothing has been logged yet', { exact: false }).waitFor();

    // Nothing leaves without the client's say: she agrees to share with the Home Office and her GP.
    const consent = page.getByRole('region', { name: 'Consent to share' });
    await consent.getByRole('button', { name: 'Record consent' }).click();
    const consentForm = consent.getByRole('form', { name: 'Record consent' });
    await consentForm.getByLabel('The Home Office asylum system and the tribunals').check();
    await consentForm.getByLabel('Health services').check();
    await consentForm.getByLabel('Verbally').check();
    await consentForm.getByRole('button', { name: 'Record consent' }).click();
    await consent.getByText('Consent recorded.', { exact: false }).waitFor();

    await communications().getByRole('button', { name: 'Log a communication' }).click();
    const form = communications().getByRole('form', { name: 'Log a communication' });
    expect(await form.getByLabel('Sent', { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('How').selectOption('letter');
    await form.getByLabel('Search the agency directory').fill('UK Visas');
    await form.getByRole('button', { name: `Choose ${AGENCY}` }).click();
    await form.getByRole('button', { name: `Remove ${AGENCY}` }).waitFor();
    const dateSent = await form.getByLabel('Date sent').inputValue();
    expect(dateSent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    letterSentOn = written(dateSent);
    await form.getByLabel('Subject').fill(SUBJECT);
    await form
      .getByLabel('Text or a summary of it (optional)')
      .fill('We ask for a copy of the record of our client’s substantive asylum interview.');
    await form.getByLabel('Expects a reply').check();
    await form
      .getByText('Leave it empty to use the agency’s usual time to reply', { exact: false })
      .waitFor();

    const files = form.getByLabel('Attach files (optional)');
    await files.setInputFiles({ name: 'interview-request.pdf', mimeType: 'application/pdf', buffer: PDF });
    const attached = form.getByRole('list', { name: 'Files to attach' });
    const pdf = attached.getByRole('listitem').filter({ hasText: 'interview-request.pdf' });
    await pdf.getByText(/^\(\d+ bytes\)$/).waitFor();
    await pdf.getByRole('button', { name: 'Remove interview-request.pdf' }).waitFor();

    await files.setInputFiles({ name: 'evil.pdf', mimeType: 'application/pdf', buffer: DISGUISED });
    await form
      .getByText(
        '“evil.pdf”: The file’s name ends in .pdf (PDF) but its content is not that kind of file. It was not attached.',
      )
      .waitFor();
    expect(await attached.getByText('evil.pdf').count()).toBe(0);
    expect(await files.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'log form with a refused file');
    await screenshot(page, '70-log-letter-refused-file');

    await form.getByRole('button', { name: 'Log communication' }).click();
    await communications()
      .getByText(`Letter sent on ${letterSentOn}, “${SUBJECT}”, has been logged.`, { exact: false })
      .waitFor();
    const row = listed(SUBJECT);
    await row.getByText(/^Awaiting reply — due \d{1,2} \w{3} \d{4}$/).waitFor();
    await row.getByText(`${letterSentOn} · Letter sent · ${AGENCY}`, { exact: false }).waitFor();

    // Opened: the whole letter, its file as a download, and why the reply is due when it is.
    await row.getByRole('link', { name: SUBJECT }).click();
    await page.waitForURL((url) => url.searchParams.has('communication'));
    await expectOpened(SUBJECT);
    const detail = communications().getByRole('article', { name: SUBJECT });
    await detail
      .getByText(/working days after the letter was sent on .* is \w{3} \d{1,2} \w{3} \d{4}/)
      .waitFor();
    const download = detail.getByRole('link', { name: 'interview-request.pdf' });
    const href = (await download.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/files/${UUID.source}$`));
    expect(await download.getAttribute('download')).not.toBeNull();
    const fetched = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, start: (await res.text()).slice(0, 8) };
    }, href);
    expect(fetched).toEqual({ status: 200, start: '%PDF-1.4' });
    await detail.getByRole('button', { name: 'Draft a chaser' }).waitFor();
    await expectAccessible(page, 'a letter opened on the client page');
    await screenshot(page, '71-letter-awaiting-reply');
  });

  it('a month later, sees the reply overdue on My work and chases it', async () => {
    await server.setClockOffset(30);
    // Moving the clock ended the session (idle timeout): sign in again.
    await context.clearCookies();
    await signIn();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^My work/ })
      .click();
    await page.waitForURL(path('/my-work'));
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    const overdue = page.getByRole('region', { name: /^Replies overdue/ });
    const item = overdue.getByRole('listitem').filter({ hasText: CLIENT_NAME });
    await item.getByRole('link', { name: SUBJECT }).waitFor();
    await expectAccessible(page, 'My work with a reply overdue');
    await screenshot(page, '72-my-work-reply-overdue');

    await item.getByRole('link', { name: SUBJECT }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === `/clients/${clientId}` && UUID.test(url.searchParams.get('communication') ?? ''),
    );
    await expectOpened(SUBJECT);
    const detail = communications().getByRole('article', { name: SUBJECT });
    await detail.getByText(/^Reply overdue/).waitFor();

    await detail.getByRole('button', { name: 'Draft a chaser' }).click();
    const form = detail.getByRole('form', { name: 'Log the chaser' });
    await form.waitFor();
    expect(await form.getByLabel('Subject').inputValue()).toBe(`Chasing: ${SUBJECT}`);
    const body = await form.getByLabel('Text or a summary of it (optional)').inputValue();
    expect(body).toContain(letterSentOn);
    expect(body).toContain(SUBJECT);
    await form.getByRole('button', { name: `Remove ${AGENCY}` }).waitFor();
    expect(await form.getByLabel('Expects a reply').isChecked()).toBe(true);
    await expectAccessible(page, 'the chaser drafted');
    await screenshot(page, '73-chaser-drafted');

    await form.getByRole('button', { name: 'Log communication' }).click();
    await detail.getByText('has been logged', { exact: false }).waitFor();
    await detail.getByText('Chased', { exact: true }).waitFor();
    await listed(`Chasing: ${SUBJECT}`).waitFor();
    await listed(SUBJECT).getByText('Chased', { exact: true }).waitFor();
    await expectAccessible(page, 'the letter chased');
    await screenshot(page, '74-letter-chased');
  });

  it('confirms a call in writing, marks the reply, and finds a call by its words', async () => {
    const CALL = 'Call about the medical evidence';
    await communications().getByRole('button', { name: 'Log a communication' }).click();
    const log = communications().getByRole('form', { name: 'Log a communication' });
    await log.getByLabel('Received', { exact: true }).check();
    await log.getByLabel('How').selectOption('phone_call');
    await log.getByLabel('Or the name of who it was with').fill('Dr Okafor, the client’s GP');
    await log.getByLabel('Subject').fill(CALL);
    await log.getByLabel('What was said (optional)').fill('The GP will write a letter supporting the claim.');
    expect(await log.getByLabel('Confirm this in writing').isChecked()).toBe(true);
    const callOn = written(await log.getByLabel('Date it took place').inputValue());
    // A call shares what was said: without an agency from the directory, say who they are for the firewall.
    await log.getByRole('button', { name: 'Log communication' }).click();
    await log.getByText('Say who they are: the client, or which kind of agency').waitFor();
    await log.getByLabel('Who they are').selectOption('health');
    await log.getByLabel('Health', { exact: true }).check();
    await log.getByText('Covered by the client’s consent.', { exact: false }).waitFor();
    await log.getByRole('button', { name: 'Log communication' }).click();
    await listed(CALL).getByText('To confirm in writing', { exact: true }).waitFor();

    await listed(CALL).getByRole('link', { name: CALL }).click();
    const call = communications().getByRole('article', { name: CALL });
    await call.getByRole('button', { name: 'Confirm in writing' }).click();
    const confirm = call.getByRole('form', { name: 'Log the written confirmation of the call' });
    expect(await confirm.getByLabel('Subject').inputValue()).toBe(`Confirming our call on ${callOn}`);
    expect(await confirm.getByLabel('Text or a summary of it (optional)').inputValue()).toContain(
      'The GP will write a letter supporting the claim.',
    );
    expect(await confirm.getByLabel('How').locator('option[value="phone_call"]').count()).toBe(0);
    // Written to someone outside the directory: say who, so the firewall can check the consent.
    await confirm.getByLabel('Who it goes to').selectOption('health');
    await confirm.getByText('Covered by the client’s consent.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Log communication' }).click();
    await call.getByText('Confirmed in writing.').waitFor();
    await listed(`Confirming our call on ${callOn}`).waitFor();

    // The Home Office answers: the letter received is marked as the reply, which answers the chaser too.
    await communications().getByRole('button', { name: 'Log a communication' }).click();
    await log.getByLabel('Received', { exact: true }).check();
    await log.getByLabel('Search the agency directory').fill('UK Visas');
    await log.getByRole('button', { name: `Choose ${AGENCY}` }).click();
    await log.getByLabel('Subject').fill('Interview record enclosed');
    await log.getByRole('button', { name: 'Log communication' }).click();
    await listed('Interview record enclosed')
      .getByRole('link', { name: 'Interview record enclosed' })
      .click();
    const reply = communications().getByRole('article', { name: 'Interview record enclosed' });
    await reply.getByRole('button', { name: 'Mark as the reply to…' }).click();
    const mark = reply.getByRole('form', { name: 'Mark as the reply' });
    const option = mark.getByRole('option', { name: `Chasing: ${SUBJECT}`, exact: false });
    await mark.getByLabel('It replies to').selectOption((await option.getAttribute('value')) ?? '');
    await mark.getByRole('button', { name: 'Mark as the reply' }).click();
    await reply.getByText(`Marked as the reply to “Chasing: ${SUBJECT}”.`).waitFor();
    // Once marked, the reply says what it answers, and is not offered for marking again.
    await reply.getByRole('link', { name: `“Chasing: ${SUBJECT}”`, exact: false }).waitFor();
    expect(await reply.getByRole('button', { name: 'Mark as the reply to…' }).count()).toBe(0);
    await listed(SUBJECT).getByText('Answered', { exact: true }).waitFor();
    await listed(`Chasing: ${SUBJECT}`).getByText('Answered', { exact: true }).waitFor();

    // Words within this client's communications; they never reach the address.
    await communications().getByLabel('Words in them').fill('medical evidence');
    await communications().getByRole('button', { name: 'Search' }).click();
    await communications().getByText('1 communication shown, newest first.').waitFor();
    await listed(CALL).waitFor();
    expect(page.url()).not.toContain('medical');
    await expectAccessible(page, 'communications searched');
    await screenshot(page, '75-communications-searched');

    // The timeline's list of events opens a communication too.
    await page.getByRole('button', { name: 'Show the events as a list' }).click();
    await page.getByRole('link', { name: `Open “${CALL}”` }).click();
    await expectOpened(CALL);
  });

  it('raised no console errors or CSP violations', () => {
    // The refused upload answers 400, which Chromium reports as a failed resource load.
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
