import { createAgency } from '@umbrella/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let personId: string;
let agencyId: string;

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  ({ id: personId } = await createClientVia(cw, { displayName: 'Letter Client', keyWorkerId: cw.user.id }));
  await recordConsentVia(cw, personId);
  agencyId = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
});
afterAll(async () => {
  await api.close();
});

describe('a letter expecting a reply', () => {
  it('is logged with its reply-due date, goes overdue, is chased and answered', async () => {
    const call = await cw.call();
    const letter = await call.communications.create({
      personId,
      channel: 'letter',
      direction: 'outgoing',
      agencyId,
      occurredOn: '2026-10-01',
      subject: 'Request for an update on the investigation',
      body: 'We write on behalf of our client about the crime reported in September.',
      expectsReply: true,
    });
    expect(letter).toMatchObject({
      replyState: 'awaiting',
      replyDue: '2026-10-15',
      replyOverdue: true,
      counterpartLabel: 'Northshire Police',
    });
    expect(letter.replyDueExplanation).toMatch(/10 working days/);

    const work = await call.myWork.get({});
    expect(work.repliesOverdue.map((c) => c.id)).toEqual([letter.id]);
    expect(work.counts.repliesOverdue).toBe(1);

    const found = await call.communications.search({ search: 'investigation update' });
    expect(found.items.map((c) => c.id)).toContain(letter.id);

    const draft = await call.communications.draftChaser({ id: letter.id });
    expect(draft.subject).toBe('Chasing: Request for an update on the investigation');
    expect(draft.body).toMatch(/Thu 1 Oct 2026/);

    const chaser = await call.communications.create({
      personId,
      channel: draft.channel,
      direction: 'outgoing',
      agencyId: draft.agencyId,
      occurredOn: '2026-11-23',
      subject: draft.subject,
      body: draft.body,
      expectsReply: true,
      chaserOfId: letter.id,
    });
    expect(chaser.replyState).toBe('awaiting');
    expect((await call.communications.get({ id: letter.id })).replyState).toBe('chased');
    expect((await call.myWork.get({})).repliesOverdue).toEqual([]);

    const reply = await call.communications.create({
      personId,
      channel: 'email',
      direction: 'incoming',
      agencyId,
      occurredOn: '2026-11-23',
      subject: 'Re: investigation',
      replyToId: chaser.id,
    });
    const original = await call.communications.get({ id: letter.id });
    expect(original).toMatchObject({ replyState: 'answered', answeredById: reply.id });

    const timeline = await call.clients.timeline({ personId });
    expect(timeline.items.filter((e) => e.kind === 'communication')).toHaveLength(3);
    const chronology = await call.communications.chronology({ personId });
    expect(chronology.entries.map((e) => e.heading)).toContain('Letter sent');
    expect(chronology.entries.find((e) => e.heading === 'Case opened')).toMatchObject({ matterKind: null });
  });

  it('refuses a date in the future and an unknown agency, writing nothing', async () => {
    const call = await cw.call();
    const before = (await call.communications.list({ personId })).items.length;
    await expectBadField(
      call.communications.create({
        personId,
        channel: 'letter',
        direction: 'outgoing',
        agencyId,
        occurredOn: '2026-12-01',
        subject: 'x',
      }),
      'occurredOn',
    );
    await expectBadField(
      call.communications.create({
        personId,
        channel: 'letter',
        direction: 'outgoing',
        agencyId: '00000000-0000-4000-8000-000000000000',
        occurredOn: '2026-11-01',
        subject: 'x',
      }),
      'agencyId',
    );
    expect((await call.communications.list({ personId })).items.length).toBe(before);
  });
});

describe('a long chronology', () => {
  it('is read a page at a time, oldest first, each letter in full, without gaps or repeats', async () => {
    const call = await cw.call();
    const { id: client, caseId } = await createClientVia(cw, { displayName: 'Long Record' });
    const matter = await call.matters.open({
      caseId,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-09-01',
      details: {},
    });
    const days = ['2026-09-02', '2026-09-10', '2026-09-10', '2026-10-01', '2026-10-20'];
    for (const [i, occurredOn] of days.entries()) {
      await call.communications.create({
        personId: client,
        matterId: matter.id,
        channel: 'letter',
        direction: 'incoming',
        agencyId,
        occurredOn,
        subject: `Letter ${i}`,
        // Longer than a list's 300-character excerpt: the chronology carries every word.
        body: `Letter ${i}. ${'Words of the letter. '.repeat(30)}The end of letter ${i}.`,
      });
    }
    await call.clients.addNote({ personId: client, occurredOn: '2026-11-01', note: 'Called the officer.' });

    const readAll = async (matterId?: string) => {
      const pages = [];
      let cursor: string | undefined;
      do {
        const page = await (
          await cw.call()
        ).communications.chronology({ personId: client, matterId, limit: 3, ...(cursor ? { cursor } : {}) });
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return pages;
    };
    // The whole case: the matter's opening, five letters, a note and the case's opening.
    const pages = await readAll();
    expect(pages.map((p) => p.entries.length)).toEqual([3, 3, 2]);
    for (const page of pages) expect(page.total).toBe(8);
    const entries = pages.flatMap((p) => p.entries);
    expect(new Set(entries.map((e) => e.id)).size).toBe(8);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const letters = entries.filter((e) => e.heading === 'Letter received');
    // Letters 1 and 2 share a day and (under the test's stopped clock) the moment they were logged: between
    // them the order is the id's, the same on every page.
    const oneOrTwo = expect.stringMatching(/^Letter [12]$/);
    expect(letters.map((e) => e.title)).toEqual(['Letter 0', oneOrTwo, oneOrTwo, 'Letter 3', 'Letter 4']);
    expect(new Set(letters.map((e) => e.title)).size).toBe(5);
    expect(letters.every((e) => e.text?.endsWith(`The end of letter ${e.title?.slice(-1)}.`))).toBe(true);
    // The client was taken on today, after the matter's events were recorded as happening.
    expect(entries.slice(-2)).toMatchObject([
      { heading: 'Note', text: 'Called the officer.' },
      { heading: 'Case opened', date: '2026-11-23' },
    ]);

    // One matter's: without the case opening or the note.
    const matterPages = await readAll(matter.id);
    expect(matterPages.map((p) => p.entries.length)).toEqual([3, 3]);
    expect(matterPages[0]?.total).toBe(6);
    expect(matterPages[0]?.nextCursor).not.toBeNull();
    expect(matterPages[1]?.nextCursor).toBeNull();

    // A cursor is good only for the chronology it came from.
    const caseOpened = entries.find((e) => e.heading === 'Case opened')?.id ?? '';
    for (const bad of ['nope', Buffer.from(caseOpened).toString('base64url')]) {
      await expectBadField(
        call.communications.chronology({ personId: client, matterId: matter.id, cursor: bad }),
        'cursor',
      );
    }
    await expectBadField(
      call.communications.chronology({ personId, cursor: Buffer.from(caseOpened).toString('base64url') }),
      'cursor',
    );
    for (const limit of [0, 501]) {
      expect(
        await expectBadField(call.communications.chronology({ personId: client, limit }), 'limit'),
      ).toEqual(['Ask for a whole number from 1 to 500 at a time']);
    }
  });
});
