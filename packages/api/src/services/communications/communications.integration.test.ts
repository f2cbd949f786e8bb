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
