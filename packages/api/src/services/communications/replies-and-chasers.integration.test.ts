import { auditLog, communications, contacts } from '@umbrella/db';
import { createAgency } from '@umbrella/db/testing';
import type { CreateCommunicationInput } from '@umbrella/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, openMatterVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let personId: string;
let otherPersonId: string;
let police: string;
let sca: string;

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  sca = (
    await createAgency(api.handle.db, {
      name: 'Single Competent Authority',
      category: 'nrm_competent_authority',
    })
  ).id;
  const client = await createClientVia(cw, {
    displayName: 'Reply Client',
    keyWorkerId: cw.user.id,
    aliases: [
      { name: 'Ana-Maria Popa', kind: 'legal', knownToAgencyIds: [police] },
      { name: 'Anna P', kind: 'alias', knownToAgencyIds: [sca] },
    ],
  });
  personId = client.id;
  await openMatterVia(cw, {
    caseId: client.caseId,
    kind: 'police_report',
    stage: 'reported',
    openedOn: '2026-09-01',
    agencyId: police,
    details: { crimeReference: '01/204518/25' },
  });
  await openMatterVia(cw, {
    caseId: client.caseId,
    kind: 'nrm_referral',
    stage: 'referred',
    openedOn: '2026-09-02',
    agencyId: sca,
    details: { nrmReference: 'NRM-26-000111' },
  });
  otherPersonId = (await createClientVia(cw, { displayName: 'Other Client' })).id;
  // Both agreed to share with every kind of agency: the letters below pass the disclosure firewall.
  await recordConsentVia(cw, personId);
  await recordConsentVia(cw, otherPersonId);
});
afterAll(async () => {
  await api.close();
});

/** Logs a communication as the caseworker; by default a letter to the police expecting a reply. */
async function log(overrides: Partial<CreateCommunicationInput> = {}) {
  return (await cw.call()).communications.create({
    personId,
    channel: 'letter',
    direction: 'outgoing',
    agencyId: police,
    occurredOn: '2026-10-01',
    subject: 'Request for an update on the investigation',
    expectsReply: true,
    ...overrides,
  });
}

const received = (overrides: Partial<CreateCommunicationInput> = {}) =>
  log({ direction: 'incoming', channel: 'email', expectsReply: false, subject: 'Reply', ...overrides });

const get = async (id: string) => (await cw.call()).communications.get({ id });

describe('marking a reply', () => {
  it('answers the letter and every chaser of it with the one reply', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    const chaser1 = await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const chaser2 = await log({ occurredOn: '2026-10-12', chaserOfId: chaser1.id });
    const reply = await received({ occurredOn: '2026-10-20' });

    const marked = await (
      await cw.call()
    ).communications.markReply({
      incomingId: reply.id,
      outgoingId: original.id,
    });
    expect(marked).toMatchObject({ id: original.id, replyState: 'answered', answeredById: reply.id });
    for (const letter of [original, chaser1, chaser2]) {
      const now = await get(letter.id);
      expect(now).toMatchObject({ replyState: 'answered', answeredById: reply.id, replyOverdue: false });
      expect(now.version).toBe(letter.version + (letter.id === chaser2.id ? 1 : 2));
    }
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'communications.mark_reply'));
    expect(audit).toMatchObject({ entityId: personId, outcome: 'success' });
    expect((audit?.details as { answered: string[] }).answered.sort()).toEqual(
      [original.id, chaser1.id, chaser2.id].sort(),
    );
  });

  it('refuses a second reply to a letter already answered, through any letter of its chain', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    const chaser = await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const first = await received({ occurredOn: '2026-10-01' });
    const second = await received({ occurredOn: '2026-10-02' });
    const call = await cw.call();
    await call.communications.markReply({ incomingId: first.id, outgoingId: chaser.id });
    // The reply says which letter it answered: the latest of the chain.
    expect((await call.communications.get({ id: first.id })).answers).toEqual({
      id: chaser.id,
      subject: chaser.subject,
      occurredOn: '2026-09-20',
    });
    expect((await call.communications.get({ id: second.id })).answers).toBeNull();
    for (const outgoingId of [original.id, chaser.id]) {
      const messages = await expectBadField(
        call.communications.markReply({ incomingId: second.id, outgoingId }),
        'outgoingId',
      );
      expect(messages).toEqual(['That communication is not waiting for a reply.']);
    }
    expect((await get(original.id)).answeredById).toBe(first.id);
  });

  it('takes only something received as the reply', async () => {
    const letter = await log();
    const alsoSent = await log({ occurredOn: '2026-10-05' });
    await expectBadField(
      (await cw.call()).communications.markReply({ incomingId: alsoSent.id, outgoingId: letter.id }),
      'incomingId',
    );
    expect((await get(letter.id)).replyState).toBe('awaiting');
  });

  it('answers only something sent that awaits a reply or was chased', async () => {
    const reply = await received({ occurredOn: '2026-10-10' });
    const noReplyExpected = await log({ expectsReply: false });
    const incoming = await received({ occurredOn: '2026-10-01' });
    const call = await cw.call();
    for (const outgoingId of [noReplyExpected.id, incoming.id]) {
      await expectBadField(call.communications.markReply({ incomingId: reply.id, outgoingId }), 'outgoingId');
    }
  });

  it('refuses a reply received before the letter was sent', async () => {
    const letter = await log({ occurredOn: '2026-10-10' });
    const earlier = await received({ occurredOn: '2026-10-09' });
    const messages = await expectBadField(
      (await cw.call()).communications.markReply({ incomingId: earlier.id, outgoingId: letter.id }),
      'incomingId',
    );
    expect(messages).toEqual(['A reply cannot have been received before the letter was sent.']);
    const sameDay = await received({ occurredOn: '2026-10-10' });
    await (await cw.call()).communications.markReply({ incomingId: sameDay.id, outgoingId: letter.id });
    expect((await get(letter.id)).replyState).toBe('answered');
  });

  it('refuses a letter of another client', async () => {
    const theirs = await (
      await cw.call()
    ).communications.create({
      personId: otherPersonId,
      channel: 'letter',
      direction: 'outgoing',
      agencyId: police,
      occurredOn: '2026-10-01',
      subject: 'Their letter',
      expectsReply: true,
    });
    const reply = await received({ occurredOn: '2026-10-10' });
    await expectBadField(
      (await cw.call()).communications.markReply({ incomingId: reply.id, outgoingId: theirs.id }),
      'outgoingId',
    );
    expect((await get(theirs.id)).replyState).toBe('awaiting');
  });
});

describe('logging a reply with replyToId', () => {
  it('answers the chain as markReply does', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    const chaser = await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const reply = await received({ occurredOn: '2026-10-01', replyToId: original.id });
    expect((await get(original.id)).answeredById).toBe(reply.id);
    expect((await get(chaser.id)).answeredById).toBe(reply.id);
  });

  it('refuses a reply dated before the letter, and one to a letter already answered, saving nothing', async () => {
    const letter = await log({ occurredOn: '2026-10-10' });
    const before = await countCommunications();
    const messages = await expectBadField(
      received({ occurredOn: '2026-10-09', replyToId: letter.id }),
      'occurredOn',
    );
    expect(messages).toEqual(['A reply cannot have been received before the letter was sent.']);
    await received({ occurredOn: '2026-10-11', replyToId: letter.id });
    await expectBadField(received({ occurredOn: '2026-10-12', replyToId: letter.id }), 'replyToId');
    expect(await countCommunications()).toBe(before + 1);
  });
});

describe('chasers', () => {
  it('chase only something sent that still awaits its reply', async () => {
    const noReply = await log({ expectsReply: false });
    const incoming = await received();
    const original = await log({ occurredOn: '2026-09-01' });
    await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const answered = await log({ occurredOn: '2026-09-01' });
    await received({ occurredOn: '2026-09-10', replyToId: answered.id });
    for (const chaserOfId of [noReply.id, incoming.id, original.id, answered.id]) {
      const messages = await expectBadField(log({ occurredOn: '2026-11-01', chaserOfId }), 'chaserOfId');
      expect(messages).toEqual(['Only something sent and still awaiting a reply can be chased.']);
    }
  });

  it('chain: a chaser of a chaser leaves the earlier letters chased and the latest awaiting', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    const chaser1 = await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const chaser2 = await log({ occurredOn: '2026-10-12', chaserOfId: chaser1.id });
    expect((await get(original.id)).replyState).toBe('chased');
    expect((await get(chaser1.id)).replyState).toBe('chased');
    expect(chaser2).toMatchObject({ replyState: 'awaiting', chaserOfId: chaser1.id, replyDue: '2026-10-26' });
  });

  it('waits for the reply even when logged without “expects a reply”', async () => {
    const original = await log({ occurredOn: '2026-11-02' });
    const chaser = await log({ occurredOn: '2026-11-16', chaserOfId: original.id, expectsReply: false });
    expect(chaser).toMatchObject({ replyState: 'awaiting', replyDue: '2026-11-30' });
  });

  it('cannot be dated before the letter it chases', async () => {
    const original = await log({ occurredOn: '2026-10-10' });
    await expectBadField(log({ occurredOn: '2026-10-09', chaserOfId: original.id }), 'occurredOn');
    expect((await get(original.id)).replyState).toBe('awaiting');
  });

  it('are drafted citing the original, the earlier chasers and the case’s references for that agency', async () => {
    const original = await log({ occurredOn: '2026-09-01', subject: 'Disclosure of the investigation file' });
    const chaser1 = await log({
      occurredOn: '2026-09-21',
      subject: 'Chasing: Disclosure of the investigation file',
      chaserOfId: original.id,
    });
    const before = await countCommunications();
    const draft = await (await cw.call()).communications.draftChaser({ id: chaser1.id });
    expect(draft).toMatchObject({
      personId,
      matterId: null,
      chaserOfId: chaser1.id,
      channel: 'letter',
      agencyId: police,
      contactId: null,
      counterpartName: null,
      subject: 'Chasing: Disclosure of the investigation file',
    });
    expect(draft.body).toContain('Dear Sir or Madam,');
    expect(draft.body).toContain(
      'by letter on Tue 1 Sep 2026 about “Disclosure of the investigation file”, and a reply was expected by ' +
        'Tue 15 Sep 2026.',
    );
    expect(draft.body).toContain('We wrote again on Mon 21 Sep 2026.');
    expect(draft.body).toContain('Name: Ana-Maria Popa');
    expect(draft.body).toContain('Crime reference: 01/204518/25');
    // The NRM matter and the alias known to the SCA belong to another agency.
    expect(draft.body).not.toContain('NRM-26-000111');
    expect(draft.body).not.toContain('Anna P');
    expect(await countCommunications()).toBe(before);
  });

  it('drafted to the SCA cite the NRM reference and the name the SCA knows', async () => {
    const letter = await log({ agencyId: sca, channel: 'email', subject: 'Conclusive Grounds timescale' });
    const draft = await (await cw.call()).communications.draftChaser({ id: letter.id });
    expect(draft.channel).toBe('email');
    expect(draft.body).toContain('Name: Anna P');
    expect(draft.body).toContain('NRM reference: NRM-26-000111');
    expect(draft.body).not.toContain('01/204518/25');
    expect(draft.body).toContain('by e-mail on Thu 1 Oct 2026');
  });

  it('are addressed to the person written to: the contact, or the name given for someone outside the directory', async () => {
    const [officer] = await api.handle.db
      .insert(contacts)
      .values({ agencyId: police, name: 'DC Helen Marsh', role: 'Officer in charge' })
      .returning();
    const toOfficer = await log({ contactId: officer?.id });
    const toGp = await log({ agencyId: null, counterpartName: 'Dr Okafor', recipientCategory: 'health' });
    const call = await cw.call();
    expect((await call.communications.draftChaser({ id: toOfficer.id })).body).toMatch(
      /^Dear DC Helen Marsh,/,
    );
    expect((await call.communications.draftChaser({ id: toGp.id })).body).toMatch(/^Dear Dr Okafor,/);
  });

  it('are drafted only for something still awaiting a reply', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const noReply = await log({ expectsReply: false });
    for (const id of [original.id, noReply.id]) {
      await expectBadField((await cw.call()).communications.draftChaser({ id }), 'id');
    }
  });
});

describe('correcting the date of a linked communication', () => {
  const moveTo = async (c: { id: string; version: number }, occurredOn: string) => {
    const now = await get(c.id);
    return (await cw.call()).communications.update({
      id: now.id,
      version: now.version,
      agencyId: now.agencyId,
      contactId: now.contactId,
      counterpartName: now.counterpartName,
      occurredOn,
      subject: now.subject,
      body: now.body,
      replyDue: null,
    });
  };

  it('keeps a chaser after its letter, and a reply after what it answers', async () => {
    const original = await log({ occurredOn: '2026-09-01' });
    const chaser = await log({ occurredOn: '2026-09-20', chaserOfId: original.id });
    const reply = await received({ occurredOn: '2026-10-01', replyToId: chaser.id });
    const refusals: [{ id: string; version: number }, string][] = [
      [chaser, '2026-08-31'],
      [original, '2026-09-21'],
      [reply, '2026-09-19'],
      [chaser, '2026-10-02'],
    ];
    for (const [c, date] of refusals) {
      await expectBadField(moveTo(c, date), 'occurredOn');
    }
    expect((await moveTo(chaser, '2026-09-25')).occurredOn).toBe('2026-09-25');
    expect((await moveTo(reply, '2026-09-25')).occurredOn).toBe('2026-09-25');
  });

  it('keeps a call before its written confirmation', async () => {
    const call = await log({ channel: 'phone_call', expectsReply: false, occurredOn: '2026-11-02' });
    const confirmation = await log({ expectsReply: false, occurredOn: '2026-11-03', confirmsId: call.id });
    await expectBadField(moveTo(call, '2026-11-04'), 'occurredOn');
    await expectBadField(moveTo(confirmation, '2026-11-01'), 'occurredOn');
    expect((await moveTo(call, '2026-11-03')).occurredOn).toBe('2026-11-03');
  });
});

async function countCommunications(): Promise<number> {
  const [row] = await api.handle.db
    .select({ n: count() })
    .from(communications)
    .where(and(eq(communications.personId, personId)));
  return row?.n ?? 0;
}
