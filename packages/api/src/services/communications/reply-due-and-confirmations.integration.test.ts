import { timelineEvents } from '@umbrella/db';
import { createAgency } from '@umbrella/db/testing';
import type { CreateCommunicationInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { BY_HAND } from './communication-view.ts';

let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let personId: string;
let police: string;
let solicitors: string;
let solicitor: string;

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026, 10:00 in London
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  colleague = await signedIn(api, { email: 'cw2@x.test', role: 'caseworker' });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  solicitors = (
    await createAgency(api.handle.db, {
      name: 'Calder Moss Solicitors',
      category: 'legal_representative',
      replyExpectedWorkingDays: 5,
    })
  ).id;
  solicitor = (
    await (
      await cw.call()
    ).agencies.createContact({ agencyId: solicitors, name: 'Michael Osei', role: 'Solicitor' })
  ).id;
  personId = (await createClientVia(cw, { displayName: 'Due Client', keyWorkerId: cw.user.id })).id;
  // The client agreed to share with every kind of agency: the letters below pass the disclosure firewall.
  await recordConsentVia(cw, personId);
});
afterAll(async () => {
  await api.close();
});

async function log(overrides: Partial<CreateCommunicationInput> = {}) {
  return (await cw.call()).communications.create({
    personId,
    channel: 'letter',
    direction: 'outgoing',
    agencyId: police,
    occurredOn: '2026-11-02',
    subject: 'Request for an update',
    expectsReply: true,
    ...overrides,
  });
}

const myWork = async (who: SignedIn = cw) => (await who.call()).myWork.get({});
const get = async (id: string) => (await cw.call()).communications.get({ id });

describe('the reply-due date', () => {
  it('is 10 working days after sending by default, explained', async () => {
    const letter = await log({ occurredOn: '2026-11-02' });
    expect(letter.replyDue).toBe('2026-11-16');
    expect(letter.replyDueExplanation).toContain(
      '10 working days after the letter was sent on Mon 2 Nov 2026',
    );
    expect(letter.replyDueExplanation).toContain('practice default');
  });

  it('is the agency’s own number of working days when it has one, named in the explanation', async () => {
    const letter = await log({ agencyId: solicitors, contactId: solicitor, occurredOn: '2026-11-02' });
    expect(letter).toMatchObject({
      replyDue: '2026-11-09',
      counterpartLabel: 'Michael Osei, Calder Moss Solicitors',
    });
    expect(letter.replyDueExplanation).toContain('the usual reply time of Calder Moss Solicitors).');
  });

  it('uses the default for someone outside the directory, and the bank holidays of the jurisdiction', async () => {
    const gp = await log({
      agencyId: null,
      counterpartName: 'The client’s GP',
      recipientCategory: 'health',
      occurredOn: '2026-11-02',
    });
    expect(gp).toMatchObject({ replyDue: '2026-11-16', counterpartLabel: 'The client’s GP' });
    const scotland = await log({ occurredOn: '2026-11-23', jurisdiction: 'scotland' });
    expect(scotland.replyDue).toBe('2026-12-08'); // St Andrew’s Day, Mon 30 Nov, is not counted
  });

  it('can be set by hand, and says so', async () => {
    const letter = await log({ replyDue: '2026-12-18' });
    expect(letter).toMatchObject({ replyDue: '2026-12-18', replyDueExplanation: BY_HAND });
  });

  it('is left empty when no reply is expected', async () => {
    const letter = await log({ expectsReply: false });
    expect(letter).toMatchObject({ replyState: null, replyDue: null, replyDueExplanation: null });
  });
});

describe('a reply overdue', () => {
  it('is not overdue on the day it is due, and is from the day after', async () => {
    const dueToday = await log({ occurredOn: '2026-11-09', subject: 'Due today' });
    expect(dueToday).toMatchObject({ replyDue: '2026-11-23', replyOverdue: false });
    const dueYesterday = await log({
      occurredOn: '2026-11-09',
      replyDue: '2026-11-22',
      subject: 'Due yesterday',
    });
    expect(dueYesterday.replyOverdue).toBe(true);

    const work = await myWork();
    const overdueIds = work.repliesOverdue.map((c) => c.id);
    expect(overdueIds).toContain(dueYesterday.id);
    expect(overdueIds).not.toContain(dueToday.id);
    expect(work.counts.repliesOverdue).toBe(work.repliesOverdue.length);
    // Oldest due first.
    const dues = work.repliesOverdue.map((c) => c.replyDue ?? '');
    expect(dues).toEqual([...dues].sort());
    expect((await (await cw.call()).myWork.counts()).repliesOverdue).toBe(work.counts.repliesOverdue);
  });

  it('shows on the My work of the client’s key worker only', async () => {
    const late = await log({ occurredOn: '2026-10-01' });
    expect((await myWork()).repliesOverdue.map((c) => c.id)).toContain(late.id);
    expect((await myWork(colleague)).repliesOverdue).toEqual([]);
  });

  it('stops being overdue once chased or answered', async () => {
    const late = await log({ occurredOn: '2026-10-01', subject: 'Late one' });
    expect(late.replyOverdue).toBe(true);
    const chaser = await log({ occurredOn: '2026-11-23', chaserOfId: late.id });
    expect((await get(late.id)).replyOverdue).toBe(false);
    expect(chaser.replyOverdue).toBe(false);
    const ids = (await myWork()).repliesOverdue.map((c) => c.id);
    expect(ids).not.toContain(late.id);
    expect(ids).not.toContain(chaser.id);
  });
});

describe('correcting a communication', () => {
  const edit = (letter: Awaited<ReturnType<typeof log>>) => ({
    id: letter.id,
    version: letter.version,
    agencyId: letter.agencyId,
    contactId: letter.contactId,
    counterpartName: letter.counterpartName,
    occurredOn: letter.occurredOn,
    subject: letter.subject,
    body: letter.body,
    replyDue: letter.replyDue,
  });

  it('recomputes the reply-due date when the sent date moves, and moves the timeline event', async () => {
    const letter = await log({ occurredOn: '2026-11-02' });
    const moved = await (
      await cw.call()
    ).communications.update({ ...edit(letter), occurredOn: '2026-11-04' });
    expect(moved).toMatchObject({
      occurredOn: '2026-11-04',
      replyDue: '2026-11-18',
      version: letter.version + 1,
    });
    expect(moved.replyDueExplanation).toContain('Wed 4 Nov 2026');
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.communicationId, letter.id));
    expect(event?.occurredOn).toBe('2026-11-04');
  });

  it('keeps a date set by hand when the sent date moves; a cleared date is computed again', async () => {
    const letter = await log({ occurredOn: '2026-11-02', replyDue: '2026-12-01' });
    const call = await cw.call();
    const moved = await call.communications.update({ ...edit(letter), occurredOn: '2026-11-03' });
    expect(moved).toMatchObject({ replyDue: '2026-12-01', replyDueExplanation: BY_HAND });
    const cleared = await call.communications.update({ ...edit(moved), replyDue: null });
    expect(cleared.replyDue).toBe('2026-11-17');
    expect(cleared.replyDueExplanation).toContain('10 working days');
  });

  it('takes a new reply-due date as set by hand', async () => {
    const letter = await log({ occurredOn: '2026-11-02' });
    const changed = await (
      await cw.call()
    ).communications.update({ ...edit(letter), replyDue: '2026-11-30' });
    expect(changed).toMatchObject({ replyDue: '2026-11-30', replyDueExplanation: BY_HAND });
  });

  it('refuses a reply-due date on something that expects no reply', async () => {
    const letter = await log({ expectsReply: false });
    await expectBadField(
      (await cw.call()).communications.update({ ...edit(letter), replyDue: '2026-11-30' }),
      'replyDue',
    );
  });

  it('relabels the counterpart when it changes', async () => {
    // Sent to the firm; the solicitor it went to is named later (another kind of agency is refused: see
    // disclosures/firewall.integration.test.ts).
    const letter = await log({ agencyId: solicitors });
    const changed = await (
      await cw.call()
    ).communications.update({ ...edit(letter), agencyId: solicitors, contactId: solicitor });
    expect(changed.counterpartLabel).toBe('Michael Osei, Calder Moss Solicitors');
    await expectBadField(
      (await cw.call()).communications.update({ ...edit(changed), agencyId: police, contactId: solicitor }),
      'contactId',
    );
  });

  it('refuses a stale version with CONFLICT and keeps the other person’s change', async () => {
    const letter = await log({ subject: 'First subject' });
    await (await cw.call()).communications.update({ ...edit(letter), subject: 'Their change' });
    await expect(
      (await colleague.call()).communications.update({ ...edit(letter), subject: 'My change' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await get(letter.id)).subject).toBe('Their change');
  });

  it('leaves an unchanged communication at its version', async () => {
    const letter = await log();
    const same = await (await cw.call()).communications.update(edit(letter));
    expect(same.version).toBe(letter.version);
  });

  it('refuses a sent date in the future', async () => {
    const letter = await log();
    await expectBadField(
      (await cw.call()).communications.update({ ...edit(letter), occurredOn: '2026-11-24', replyDue: null }),
      'occurredOn',
    );
  });
});

describe('confirming a call or meeting in writing', () => {
  const call = (overrides: Partial<CreateCommunicationInput> = {}) =>
    log({
      channel: 'phone_call',
      expectsReply: false,
      occurredOn: '2026-11-16',
      subject: 'Officer phoned about the suspect’s bail',
      ...overrides,
    });

  it('asks for a call or meeting to be confirmed, unless told not to; a letter needs nothing', async () => {
    expect((await call()).confirmation).toBe('needed');
    expect((await call({ channel: 'meeting' })).confirmation).toBe('needed');
    expect((await call({ confirmInWriting: false })).confirmation).toBe('not_needed');
    expect((await log()).confirmation).toBeNull();
  });

  it('lists calls to confirm on My work, and a letter confirming one takes it off', async () => {
    const spoken = await call({ subject: 'To confirm' });
    let work = await myWork();
    expect(work.followUps.map((c) => c.id)).toContain(spoken.id);
    expect(work.counts.followUps).toBe(work.followUps.length);

    const letter = await log({
      channel: 'email',
      expectsReply: false,
      occurredOn: '2026-11-17',
      subject: 'Confirming our call',
      confirmsId: spoken.id,
    });
    expect(letter.confirmsId).toBe(spoken.id);
    expect(await get(spoken.id)).toMatchObject({ confirmation: 'done', version: spoken.version + 1 });
    work = await myWork();
    expect(work.followUps.map((c) => c.id)).not.toContain(spoken.id);
  });

  it('refuses to confirm what needs no confirming, or before the call', async () => {
    const spoken = await call();
    const letter = await log();
    const done = await call();
    await log({ expectsReply: false, occurredOn: '2026-11-17', confirmsId: done.id });
    for (const confirmsId of [letter.id, done.id]) {
      await expectBadField(log({ expectsReply: false, occurredOn: '2026-11-18', confirmsId }), 'confirmsId');
    }
    await expectBadField(
      log({ expectsReply: false, occurredOn: '2026-11-13', confirmsId: spoken.id }),
      'occurredOn',
    );
    expect((await get(spoken.id)).confirmation).toBe('needed');
  });

  it('can be set aside with a reason, which is kept', async () => {
    const spoken = await call({ subject: 'Client asked us not to write' });
    const api2 = await cw.call();
    await expectBadField(
      api2.communications.dismissConfirmation({ id: spoken.id, version: spoken.version, reason: '  ' }),
      'reason',
    );
    const dismissed = await api2.communications.dismissConfirmation({
      id: spoken.id,
      version: spoken.version,
      reason: 'Client asked us not to put this in writing.',
    });
    expect(dismissed).toMatchObject({
      confirmation: 'not_needed',
      confirmationNote: 'Client asked us not to put this in writing.',
      version: spoken.version + 1,
    });
    expect((await myWork()).followUps.map((c) => c.id)).not.toContain(spoken.id);
    await expectBadField(
      api2.communications.dismissConfirmation({ id: spoken.id, version: dismissed.version, reason: 'Again' }),
      'id',
    );
  });

  it('refuses to set aside with a stale version', async () => {
    const spoken = await call();
    await log({ expectsReply: false, occurredOn: '2026-11-17', subject: 'unrelated' });
    await (
      await cw.call()
    ).communications.update({
      id: spoken.id,
      version: spoken.version,
      agencyId: police,
      contactId: null,
      counterpartName: null,
      occurredOn: spoken.occurredOn,
      subject: 'Officer phoned (corrected)',
      body: null,
      replyDue: null,
    });
    await expect(
      (await cw.call()).communications.dismissConfirmation({
        id: spoken.id,
        version: spoken.version,
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
