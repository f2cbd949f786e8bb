import { auditLog, communications, documents, timelineEvents } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import type { CreateCommunicationInput } from '@umbrella/domain';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.ts';
import { uploadFile } from '../../files.ts';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { RESTRICTED_MESSAGE } from '../access/client-record.ts';

let api: TestApi;
let onTeam: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
let police: string;
const client = { open: '', restricted: '', paged: '' };
let restrictedLetter: { id: string; version: number };

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026
  onTeam = await signedIn(api, { email: 'on@x.test', role: 'caseworker', displayName: 'On Team' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker', displayName: 'Off Team' });
  supervisor = await signedIn(api, { email: 's@x.test', role: 'supervisor' });
  volunteer = await signedIn(api, { email: 'v@x.test', role: 'volunteer' });
  const north = await createTeam(api.handle.db, { name: 'North', memberIds: [onTeam.user.id] });
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  client.open = (await createClientVia(onTeam, { displayName: 'Open Olga' })).id;
  client.paged = (await createClientVia(onTeam, { displayName: 'Paged Pat' })).id;
  client.restricted = (
    await createClientVia(onTeam, {
      displayName: 'Restricted Rana',
      restricted: true,
      teamId: north.id,
      keyWorkerId: onTeam.user.id,
    })
  ).id;
  // The clients agreed to share with the police: the letters below pass the disclosure firewall.
  for (const id of [client.open, client.paged, client.restricted]) await recordConsentVia(onTeam, id);
  restrictedLetter = await create(onTeam, {
    personId: client.restricted,
    subject: 'Safeguarding referral acknowledgement',
    body: 'We asked the council for the outcome of the marmalade referral.',
    expectsReply: true,
  });
  await create(onTeam, {
    personId: client.open,
    subject: 'Witness statement copy',
    body: 'Please send a copy of the marmalade statement.',
  });
});
afterAll(async () => {
  await api.close();
});

function create(who: TestBrowser, input: Partial<CreateCommunicationInput> & { personId: string }) {
  return who.call().then((call) =>
    call.communications.create({
      channel: 'letter',
      direction: 'outgoing',
      agencyId: police,
      occurredOn: '2026-11-02',
      subject: 'A letter',
      ...input,
    }),
  );
}

/** A plain context for the file entry points, with this browser's session. */
const contextOf = (who: TestBrowser) =>
  createContext(
    { db: api.handle.db, config: api.config, cipher: api.cipher, now: () => new Date(api.clock.now) },
    { meta: { requestId: 'files-test', ip: '203.0.113.10' }, cookies: who.cookies },
  );

const rowsOf = async <T>(query: Promise<T[]>) => (await query).length;

describe('listing a client’s communications', () => {
  it('pages newest first with a cursor, without gaps or repeats, even on one day', async () => {
    const dates = [
      '2026-10-01',
      '2026-10-05',
      '2026-10-05',
      '2026-10-05',
      '2026-10-09',
      '2026-10-20',
      '2026-11-02',
    ];
    const made: string[] = [];
    for (const [i, occurredOn] of dates.entries()) {
      made.push((await create(onTeam, { personId: client.paged, occurredOn, subject: `Letter ${i}` })).id);
    }
    const call = await onTeam.call();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await call.communications.list({ personId: client.paged, limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(made.length);
    expect(new Set(seen)).toEqual(new Set(made));
    const all = (await call.communications.list({ personId: client.paged, limit: 100 })).items;
    expect(all.map((c) => c.id)).toEqual(seen);
    const shownDates = all.map((c) => c.occurredOn);
    expect(shownDates).toEqual([...shownDates].sort().reverse());
    expect((await call.communications.list({ personId: client.paged, limit: 7 })).nextCursor).toBeNull();
  });

  it('refuses a tampered cursor and a page over the limit, naming the field', async () => {
    const call = await onTeam.call();
    for (const cursor of ['not-a-cursor', Buffer.from("1' or '1'='1").toString('base64url')]) {
      const messages = await expectBadField(
        call.communications.list({ personId: client.paged, cursor }),
        'cursor',
      );
      expect(messages).toEqual(['The page cursor is not valid. Start again from the first page.']);
    }
    await expectBadField(call.communications.list({ personId: client.paged, limit: 101 }), 'limit');
    await expectBadField(call.communications.search({ search: 'letter', cursor: '%%%' }), 'cursor');
  });

  it('refuses a cursor naming a communication of another client, or one the caller may not open', async () => {
    const cursorOf = (id: string) => Buffer.from(id).toString('base64url');
    const otherClients = (await (await onTeam.call()).communications.list({ personId: client.open }))
      .items[0];
    const call = await offTeam.call();
    for (const id of [otherClients?.id ?? '', '00000000-0000-4000-8000-000000000000']) {
      await expectBadField(
        call.communications.list({ personId: client.paged, cursor: cursorOf(id) }),
        'cursor',
      );
    }
    await expectBadField(
      call.communications.search({ search: 'letter', cursor: cursorOf(restrictedLetter.id) }),
      'cursor',
    );
    const page = await (
      await onTeam.call()
    ).communications.search({ search: 'letter', cursor: cursorOf(restrictedLetter.id) });
    expect(page.items.map((c) => c.id)).not.toContain(restrictedLetter.id);
  });

  it('shows an excerpt of a long text in lists, and the whole text one at a time', async () => {
    const body = `${'Long letter text. '.repeat(40)}The end.`;
    const letter = await create(onTeam, { personId: client.open, subject: 'A long letter', body });
    const call = await onTeam.call();
    const listed = (await call.communications.list({ personId: client.open, search: 'long letter' })).items;
    const excerpt = listed.find((c) => c.id === letter.id);
    expect(excerpt?.bodyTruncated).toBe(true);
    expect(excerpt?.body).toHaveLength(301);
    expect(excerpt?.body?.endsWith('…')).toBe(true);
    expect(await call.communications.get({ id: letter.id })).toMatchObject({ body, bodyTruncated: false });
  });

  it('refuses a matter of another client', async () => {
    const other = await createClientVia(onTeam, { displayName: 'Matter Owner' });
    const matter = await (
      await onTeam.call()
    ).matters.open({
      caseId: other.caseId,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    });
    await expectBadField(
      (await onTeam.call()).communications.list({ personId: client.open, matterId: matter.id }),
      'matterId',
    );
    await expectBadField(create(onTeam, { personId: client.open, matterId: matter.id }), 'matterId');
  });
});

describe('searching communications', () => {
  it('finds words within one client’s communications', async () => {
    const call = await onTeam.call();
    const found = await call.communications.list({ personId: client.open, search: 'marmalade' });
    expect(found.items.map((c) => c.subject)).toEqual(['Witness statement copy']);
    expect((await call.communications.list({ personId: client.open, search: 'giraffe' })).items).toEqual([]);
  });

  it('finds words across every client the caller may open, restricted ones only for their team', async () => {
    const subjects = async (who: SignedIn) =>
      (await (await who.call()).communications.search({ search: 'marmalade' })).items
        .map((c) => c.subject)
        .sort();
    expect(await subjects(onTeam)).toEqual([
      'Safeguarding referral acknowledgement',
      'Witness statement copy',
    ]);
    expect(await subjects(offTeam)).toEqual(['Witness statement copy']);
    expect(await subjects(supervisor)).toEqual([
      'Safeguarding referral acknowledgement',
      'Witness statement copy',
    ]);
  });

  it('keeps a letter’s words sealed, and searches it without the client’s names and references', async () => {
    const sara = (
      await createClientVia(onTeam, {
        displayName: 'Sealed Sara',
        aliases: [{ name: 'Sarah Okonkwo-Bell', kind: 'legal', knownToAgencyIds: [], notes: null }],
      })
    ).id;
    await recordConsentVia(onTeam, sara);
    const letter = await create(onTeam, {
      personId: sara,
      subject: 'Support letter for Sarah Okonkwo-Bell',
      body: 'Ms Okonkwo-Bell asks about the quince application.',
    });
    const [row] = await api.handle.db
      .select({
        subject: communications.subject,
        body: communications.body,
        search: sql<string>`${communications.search}::text`,
      })
      .from(communications)
      .where(eq(communications.id, letter.id));
    expect(String(row?.subject)).toMatch(/^enc:v1:/);
    expect(String(row?.body)).toMatch(/^enc:v1:/);
    expect(row?.search).toContain('quinc');
    expect(row?.search).not.toMatch(/okonkwo|sarah|bell/i);
    const call = await onTeam.call();
    expect((await call.communications.get({ id: letter.id })).subject).toBe(
      'Support letter for Sarah Okonkwo-Bell',
    );
    const ids = async (search: string) =>
      (await call.communications.list({ personId: sara, search })).items.map((c) => c.id);
    expect(await ids('quince')).toEqual([letter.id]);
    expect(await ids('Okonkwo')).toEqual([]);
  });

  it('audits the clients whose communications a search showed', async () => {
    await (await offTeam.call()).communications.search({ search: 'marmalade' });
    const rows = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'communications.search'), eq(auditLog.actorUserId, offTeam.user.id)));
    expect(rows.at(-1)?.details).toEqual({ personIds: [client.open], results: 1 });
  });
});

describe('who may see and log communications', () => {
  const deniedRows = () =>
    api.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, client.restricted),
          eq(auditLog.outcome, 'denied'),
          eq(auditLog.actorUserId, offTeam.user.id),
        ),
      );

  it('refuses a caseworker outside the team every verb on a restricted client, and audits each refusal', async () => {
    const call = await offTeam.call();
    const before = await api.handle.db.select({ n: count() }).from(communications);
    const attempts: [string, () => Promise<unknown>][] = [
      ['communications.read', () => call.communications.list({ personId: client.restricted })],
      ['communications.read', () => call.communications.get({ id: restrictedLetter.id })],
      ['communications.read', () => call.communications.chronology({ personId: client.restricted })],
      ['communications.read', () => call.communications.draftChaser({ id: restrictedLetter.id })],
      ['communications.create', () => create(offTeam, { personId: client.restricted })],
      [
        'communications.update',
        () =>
          call.communications.update({
            id: restrictedLetter.id,
            version: restrictedLetter.version,
            agencyId: police,
            occurredOn: '2026-11-02',
            subject: 'Overwritten',
          }),
      ],
      [
        'communications.mark_reply',
        () =>
          call.communications.markReply({ incomingId: restrictedLetter.id, outgoingId: restrictedLetter.id }),
      ],
      [
        'communications.dismiss_confirmation',
        () =>
          call.communications.dismissConfirmation({
            id: restrictedLetter.id,
            version: restrictedLetter.version,
            reason: 'x',
          }),
      ],
    ];
    for (const [, attempt] of attempts) {
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });
    }
    const denied = await deniedRows();
    expect(denied.map((r) => r.action)).toEqual(attempts.map(([action]) => action));
    expect(denied.every((r) => r.entityType === 'person')).toBe(true);
    expect(await api.handle.db.select({ n: count() }).from(communications)).toEqual(before);
    expect((await (await onTeam.call()).communications.get({ id: restrictedLetter.id })).subject).toBe(
      'Safeguarding referral acknowledgement',
    );
  });

  it('lets the team and a supervisor read a restricted client’s communications', async () => {
    for (const who of [onTeam, supervisor]) {
      const page = await (await who.call()).communications.list({ personId: client.restricted });
      expect(page.items.map((c) => c.id)).toContain(restrictedLetter.id);
    }
  });

  it('refuses volunteers everything about communications', async () => {
    const call = await volunteer.call();
    const attempts: (() => Promise<unknown>)[] = [
      () => call.communications.list({ personId: client.open }),
      () => call.communications.search({ search: 'marmalade' }),
      () => call.communications.get({ id: restrictedLetter.id }),
      () => call.communications.chronology({ personId: client.open }),
      () => call.communications.draftChaser({ id: restrictedLetter.id }),
      () => create(volunteer, { personId: client.open }),
      () =>
        call.communications.markReply({ incomingId: restrictedLetter.id, outgoingId: restrictedLetter.id }),
      () => call.communications.dismissConfirmation({ id: restrictedLetter.id, version: 1, reason: 'x' }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'You do not have access to this.',
      });
    }
  });

  it('audits every read of a client’s communications as a read of the record', async () => {
    const reads = () =>
      api.handle.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'clients.read'),
            eq(auditLog.actorUserId, supervisor.user.id),
            eq(auditLog.entityId, client.restricted),
          ),
        );
    const before = await reads();
    const call = await supervisor.call();
    await call.communications.list({ personId: client.restricted });
    await call.communications.get({ id: restrictedLetter.id });
    await call.communications.chronology({ personId: client.restricted });
    await call.communications.draftChaser({ id: restrictedLetter.id });
    const after = await reads();
    expect(after.slice(before.length).map((r) => r.details)).toEqual([
      { view: 'communications' },
      { view: 'communication' },
      { view: 'chronology' },
      { view: 'communication' },
    ]);
  });
});

describe('logging a communication', () => {
  it('writes the communication, its timeline event and its audit row together', async () => {
    const letter = await create(onTeam, {
      personId: client.open,
      subject: 'Logged together',
      occurredOn: '2026-11-20',
    });
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.communicationId, letter.id));
    expect(event).toMatchObject({
      personId: client.open,
      kind: 'communication',
      occurredOn: '2026-11-20',
      recordedById: onTeam.user.id,
    });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'communications.create'), eq(auditLog.entityId, client.open)));
    expect(audits.map((a) => (a.details as { communicationId: string }).communicationId)).toContain(
      letter.id,
    );
    const timeline = await (await onTeam.call()).clients.timeline({ personId: client.open });
    expect(timeline.items.find((e) => e.communication?.id === letter.id)?.communication).toEqual({
      id: letter.id,
      direction: 'outgoing',
      channel: 'letter',
      subject: 'Logged together',
      counterpartLabel: 'Northshire Police',
    });
  });

  it('writes nothing when an attachment is not one the caller staged for this client', async () => {
    const colleague = await signedIn(api, { email: 'colleague@x.test', role: 'caseworker' });
    const theirs = await uploadFile(await contextOf(colleague), {
      personId: client.open,
      filename: 'their-letter.pdf',
      bytes: PDF,
    });
    const otherClients = await uploadFile(await contextOf(onTeam), {
      personId: client.paged,
      filename: 'other-client.pdf',
      bytes: PDF,
    });
    const mine = await uploadFile(await contextOf(onTeam), {
      personId: client.open,
      filename: 'mine.pdf',
      bytes: PDF,
    });
    const waiting = await create(onTeam, { personId: client.open, subject: 'Waiting', expectsReply: true });
    const counts = async () => ({
      communications: await rowsOf(
        api.handle.db.select().from(communications).where(eq(communications.personId, client.open)),
      ),
      events: await rowsOf(
        api.handle.db.select().from(timelineEvents).where(eq(timelineEvents.personId, client.open)),
      ),
      audits: await rowsOf(
        api.handle.db.select().from(auditLog).where(eq(auditLog.action, 'communications.create')),
      ),
    });
    const before = await counts();
    for (const attachmentId of [theirs.id, otherClients.id, '00000000-0000-4000-8000-000000000000']) {
      await expectBadField(
        create(onTeam, {
          personId: client.open,
          subject: 'Chaser with a bad attachment',
          chaserOfId: waiting.id,
          attachmentIds: [mine.id, attachmentId],
        }),
        'attachmentIds',
      );
    }
    expect(await counts()).toEqual(before);
    expect((await (await onTeam.call()).communications.get({ id: waiting.id })).replyState).toBe('awaiting');
    const staged = await api.handle.db
      .select({ communicationId: documents.communicationId })
      .from(documents)
      .where(inArray(documents.id, [theirs.id, otherClients.id, mine.id]));
    expect(staged).toEqual([{ communicationId: null }, { communicationId: null }, { communicationId: null }]);

    const attached = await create(onTeam, {
      personId: client.open,
      subject: 'With its attachment',
      attachmentIds: [mine.id],
    });
    expect(attached.attachments).toEqual([
      {
        id: mine.id,
        filename: 'mine.pdf',
        contentType: 'application/pdf',
        size: PDF.byteLength,
        sha256: mine.sha256,
      },
    ]);
    await expectBadField(
      create(onTeam, { personId: client.open, subject: 'Twice', attachmentIds: [mine.id] }),
      'attachmentIds',
    );
    const chronology = await (await onTeam.call()).communications.chronology({ personId: client.open });
    expect(chronology.entries.find((e) => e.title === 'With its attachment')).toMatchObject({
      heading: 'Letter sent',
      attachments: ['mine.pdf'],
      counterpart: 'Northshire Police',
    });
  });

  it('refuses to log on an archived client', async () => {
    const archived = await createClientVia(onTeam, { displayName: 'Archived Ann' });
    await (await onTeam.call()).clients.archive({ id: archived.id, version: archived.version });
    await expect(create(onTeam, { personId: archived.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await (await onTeam.call()).communications.list({ personId: archived.id })).items).toEqual([]);
  });
});
