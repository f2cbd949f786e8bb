import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, watchConsole } from './harness/browser.ts';
import { londonDate } from './harness/dates.ts';
import { path, startServer, type RunningServer } from './harness/server.ts';

// A letter that expected a reply by now: it shows on My work as a reply overdue, and in full on the client's
// printable chronology, which prints without the app's frame.
const PASSWORD = 'umbrella-demo';
const SUBJECT = 'Request for a decision on the e2e claim';
const LAST_PARAGRAPH =
  'We look forward to hearing from you within ten working days. Yours faithfully, Umbrella';
// Longer than the 300-character excerpt of lists, so only the chronology shows the last paragraph.
const BODY = [
  'Dear Sir or Madam,',
  ...Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1}: our client has now waited for some time.`),
  'x'.repeat(120),
  LAST_PARAGRAPH,
].join('\n\n');

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** A tRPC call from the signed-in page (its cookie, its origin); the data, or the error thrown. */
async function call<T>(procedure: string, input: unknown): Promise<T> {
  const response = await page.evaluate(
    async ([procedure, input]) => {
      const res = await fetch(`/trpc/${procedure as string}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    [procedure, input] as const,
  );
  if (response.status !== 200) throw new Error(`${procedure}: ${JSON.stringify(response.body)}`);
  return (response.body as { result: { data: T } }).result.data;
}

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

describe('a caseworker', () => {
  let clientId = '';
  let matterId = '';

  it('logs a letter whose reply is late, and sees it on My work', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('E-mail').fill('caseworker@demo.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(path('/'));

    // One of their own clients with a matter (the demo has several), so the letter is on their My work.
    const session = await call<{ user: { id: string } }>('auth.session', {});
    const clients = await call<{ items: { id: string; matters: unknown[] }[] }>('clients.list', {
      keyWorkerId: session.user.id,
      limit: 25,
    });
    clientId = clients.items.find((c) => c.matters.length > 0)?.id ?? '';
    const profile = await call<{ matters: { id: string }[] }>('clients.get', { id: clientId });
    matterId = profile.matters[0]?.id ?? '';
    // Nothing leaves without a recorded decision: the client agreed to share with the Home Office first.
    await call('consents.record', {
      personId: clientId,
      categories: ['home_office_asylum'],
      method: 'verbal',
      givenOn: londonDate(-31),
    });
    await call('communications.create', {
      personId: clientId,
      matterId,
      channel: 'letter',
      direction: 'outgoing',
      counterpartName: 'Asylum Casework, Home Office',
      recipientCategory: 'home_office_asylum',
      occurredOn: londonDate(-30),
      subject: SUBJECT,
      body: BODY,
      expectsReply: true,
      replyDue: londonDate(-5),
      confirmInWriting: false,
      attachmentIds: [],
    });

    await page.goto(`${server.url}/my-work`);
    const replies = page.getByRole('region', { name: /^Replies overdue/ });
    const row = replies.locator('.work-row', { hasText: SUBJECT });
    await row.getByText('5 days overdue').waitFor();
    expect(await row.getByRole('link', { name: SUBJECT }).getAttribute('href')).toMatch(
      new RegExp(`^/clients/${clientId}\\?communication=[0-9a-f-]{36}$`),
    );
    await page.getByRole('region', { name: /^To confirm in writing/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My work/ });
    expect(await nav.textContent()).toMatch(/\d+ repl(y|ies) overdue/);
  });

  it('opens the matter’s printable chronology and reads the letter in full', async () => {
    await page.goto(`${server.url}/clients/${clientId}/chronology?matter=${matterId}`);
    await page.getByRole('heading', { name: 'Chronology', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(SUBJECT) });
    await row.getByRole('cell', { name: 'Letter sent' }).waitFor();
    await row.getByRole('cell', { name: 'Asylum Casework, Home Office' }).waitFor();
    const text = await row.locator('.chronology__text').innerText();
    expect(text).toContain(LAST_PARAGRAPH);
    expect(text).toContain('Dear Sir or Madam,\n\nParagraph 1');
    await page.getByText(/^Prepared on \d{1,2} \w{3} \d{4} by /).waitFor();
    // The title names the page, never the client.
    expect(await page.title()).toBe('Chronology · Umbrella');
    await expectAccessible(page, 'chronology');
    await screenshot(page, '70-chronology');

    // Printed: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await row.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.waitForURL(path(`/clients/${clientId}`));
  });

  it('reads a long chronology a page at a time on screen, and prints it whole', async () => {
    // A hundred notes before the letter: the letter is then past the first page of entries.
    await page.evaluate(
      async ([personId, matterId, occurredOn]) => {
        for (let i = 1; i <= 100; i++) {
          const res = await fetch('/trpc/clients.addNote', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              personId,
              matterId,
              occurredOn,
              note: `Routine call ${i} about the claim.`,
            }),
          });
          if (!res.ok) throw new Error(`clients.addNote: ${res.status}`);
        }
      },
      [clientId, matterId, londonDate(-60)] as const,
    );
    await page.goto(`${server.url}/clients/${clientId}/chronology?matter=${matterId}`);
    const status = page.getByText(/^The first 100 of \d+ entries are shown\./);
    await status.waitFor();
    const total = Number(/of (\d+) entries/.exec(await status.innerText())?.[1]);
    expect(total).toBeGreaterThan(100);
    const rows = page.locator('.chronology__table tbody tr');
    const letter = page.getByRole('row', { name: new RegExp(SUBJECT) });
    expect(await rows.count()).toBe(100);
    expect(await letter.count()).toBe(0);

    // The next page is read from the server only when asked for.
    await page.getByRole('button', { name: /^Show \d+ more entr(y|ies)$/ }).click();
    await letter.waitFor();
    expect(await rows.count()).toBe(Math.min(total, 200));
    await screenshot(page, '70-chronology-long');

    // Printed from the browser's own menu: the entries read so far, and on paper a warning that it is not
    // complete; never a button.
    await page.reload();
    await status.waitFor();
    const incomplete = page.locator('.chronology__incomplete');
    expect(await incomplete.isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await rows.count()).toBe(100);
    await page.emulateMedia({ media: 'print' });
    expect(await incomplete.innerText()).toMatch(new RegExp(`first 100 of ${total} entries`));
    expect(await page.getByRole('button', { name: /^Show \d+ more/ }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Printed from the Print button: the whole chronology is read first, then the print is recorded, then
    // the print dialogue opens (stood in for here, since a headless browser has none).
    await page.reload();
    await status.waitFor();
    const before = await call<{ total: number }>('disclosures.forClient', { personId: clientId });
    await page.evaluate(() => {
      const w = window as Window & { printedRows?: number };
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        w.printedRows = document.querySelectorAll('.chronology__table tbody tr').length;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => (window as Window & { printedRows?: number }).printedRows !== undefined);
    expect(await page.evaluate(() => (window as Window & { printedRows?: number }).printedRows)).toBe(total);
    expect(await incomplete.count()).toBe(0);
    expect(await status.count()).toBe(0);
    const after = await call<{ total: number; items: { kind: string }[] }>('disclosures.forClient', {
      personId: clientId,
    });
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]?.kind).toBe('print');
  });

  it('raised no console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
