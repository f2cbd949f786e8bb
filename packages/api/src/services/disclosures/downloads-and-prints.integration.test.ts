import { auditLog, disclosures, documents } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.ts';
import { downloadFile, uploadFile } from '../../files.ts';
import { createClientVia, openMatterVia } from '../../testing/clients.ts';
import { writtenBy } from '../../testing/disclosures.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// The test clock: Mon 23 Nov 2026, 10:00 UTC.
let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let offTeam: SignedIn;
let volunteer: SignedIn;
let police = '';
const client = { ama: '', amaCase: '', restricted: '', other: '' };

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  colleague = await signedIn(api, { email: 'col@x.test', role: 'caseworker' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const north = await createTeam(api.handle.db, {
    name: 'North',
    memberIds: [cw.user.id, colleague.user.id],
  });
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  const ama = await createClientVia(cw, { displayName: 'Ama' });
  client.ama = ama.id;
  client.amaCase = ama.caseId;
  client.restricted = (
    await createClientVia(cw, { displayName: 'Rana', restricted: true, teamId: north.id })
  ).id;
  client.other = (await createClientVia(cw, { displayName: 'Other' })).id;
});
afterAll(async () => {
  await api.close();
});

const contextOf = (who: TestBrowser) =>
  createContext(
    { db: api.handle.db, config: api.config, cipher: api.cipher, now: () => new Date(api.clock.now) },
    { meta: { requestId: 'downloads-test', ip: '203.0.113.10' }, cookies: who.cookies },
  );
const upload = async (who: TestBrowser, personId: string, filename = 'police-letter.pdf') =>
  uploadFile(await contextOf(who), { personId, filename, bytes: PDF });
const download = async (who: TestBrowser, id: string) => downloadFile(await contextOf(who), id);
const disclosuresOf = (personId: string) =>
  api.handle.db.select().from(disclosures).where(eq(disclosures.personId, personId));
const disclosureCount = async () => (await api.handle.db.select({ n: count() }).from(disclosures))[0]?.n ?? 0;

describe('downloading a file', () => {
  it('records a disclosure for our own casework, with its audit, in one transaction', async () => {
    const file = await upload(cw, client.ama);
    const received = await (
      await cw.call()
    ).communications.create({
      personId: client.ama,
      channel: 'letter',
      direction: 'incoming',
      agencyId: police,
      occurredOn: '2026-11-20',
      subject: 'Their letter',
      attachmentIds: [file.id],
    });
    const got = await download(colleague, file.id);
    expect(got.filename).toBe('police-letter.pdf');
    const [disclosure] = await disclosuresOf(client.ama);
    expect(disclosure).toMatchObject({
      caseId: client.amaCase,
      kind: 'download',
      status: 'made',
      recipientCategory: 'own_organisation',
      recipientLabel: 'Our own casework',
      informationShared: ['case_details'],
      basis: 'own_casework',
      description: 'Document downloaded',
      documentId: file.id,
      // Not the communication: that one was received, and this disclosure is the download.
      communicationId: null,
      requestedById: colleague.user.id,
      madeAt: api.clock.now,
    });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'documents.download'), eq(auditLog.entityId, client.ama)));
    expect(audit?.details).toEqual({
      documentId: file.id,
      communicationId: received.id,
      disclosureId: disclosure?.id,
    });
    expect(await writtenBy(api.handle.db, 'audit_log', eq(auditLog.id, audit?.id ?? ''))).toEqual(
      await writtenBy(api.handle.db, 'disclosures', eq(disclosures.id, disclosure?.id ?? '')),
    );
    // The client's history shows it; the file's name never.
    const history = await (await cw.call()).disclosures.forClient({ personId: client.ama });
    expect(history.items[0]).toMatchObject({
      kind: 'download',
      description: 'Document downloaded',
      requestedBy: { id: colleague.user.id },
    });
    expect(JSON.stringify(history)).not.toContain('police-letter');
  });

  it('records nothing when the download is refused', async () => {
    const before = await disclosureCount();
    const staged = await upload(cw, client.restricted, 'staged.pdf');
    await expect(download(colleague, staged.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(download(offTeam, staged.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(download(volunteer, staged.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await disclosureCount()).toBe(before);
  });

  it('keeps the record of a staged file downloaded by its uploader once the file is pruned', async () => {
    const staged = await upload(cw, client.other, 'draft.pdf');
    await download(cw, staged.id);
    await api.handle.db
      .update(documents)
      .set({ createdAt: new Date('2026-11-21T10:00:00Z') })
      .where(eq(documents.id, staged.id));
    await upload(cw, client.other, 'next.pdf');
    expect(await api.handle.db.select().from(documents).where(eq(documents.id, staged.id))).toEqual([]);
    const [kept] = await disclosuresOf(client.other);
    expect(kept).toMatchObject({ kind: 'download', documentId: null, description: 'Document downloaded' });
  });
});

describe('printing the chronology', () => {
  it('records a print of the whole case, or of one matter, named in a few words', async () => {
    const whole = await (
      await cw.call()
    ).disclosures.recordPrint({ personId: client.ama, what: 'chronology' });
    expect(whole).toMatchObject({
      personId: client.ama,
      kind: 'print',
      status: 'made',
      recipientCategory: 'own_organisation',
      recipientLabel: 'Our own casework',
      informationShared: ['identity', 'case_details'],
      basis: 'own_casework',
      description: 'Chronology printed',
      requestedBy: { id: cw.user.id, displayName: 'Casey Worker' },
      madeAt: '2026-11-23T10:00:00.000Z',
      canCancel: false,
      canDecide: false,
    });
    const asylum = await openMatterVia(cw, {
      caseId: client.amaCase,
      kind: 'asylum_claim',
      stage: 'claimed',
      openedOn: '2026-11-01',
      details: {},
    });
    const nrm = await openMatterVia(cw, {
      caseId: client.amaCase,
      kind: 'nrm_referral',
      stage: 'referred',
      openedOn: '2026-11-01',
      details: {},
    });
    const call = await cw.call();
    expect(
      (await call.disclosures.recordPrint({ personId: client.ama, matterId: asylum.id, what: 'chronology' }))
        .description,
    ).toBe('Chronology of asylum claim printed');
    expect(
      (await call.disclosures.recordPrint({ personId: client.ama, matterId: nrm.id, what: 'chronology' }))
        .description,
    ).toBe('Chronology of NRM referral printed');
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'disclosures.print'), eq(auditLog.entityId, client.ama)))
      .orderBy(auditLog.seq);
    expect(audits.map((a) => a.details)).toEqual([
      { disclosureId: whole.id, what: 'chronology', matterId: null },
      expect.objectContaining({ matterId: asylum.id }),
      expect.objectContaining({ matterId: nrm.id }),
    ]);
  });

  it('refuses a matter of another client, naming the field, and outsiders, writing nothing', async () => {
    const otherCase = (await (await cw.call()).clients.get({ id: client.other })).case.id;
    const theirs = await openMatterVia(cw, {
      caseId: otherCase,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    });
    const before = await disclosureCount();
    await expectBadField(
      (await cw.call()).disclosures.recordPrint({
        personId: client.ama,
        matterId: theirs.id,
        what: 'chronology',
      }),
      'matterId',
    );
    await expectBadField(
      (await cw.call()).disclosures.recordPrint({ personId: client.ama, what: 'everything' } as never),
      'what',
    );
    await expect(
      (await offTeam.call()).disclosures.recordPrint({ personId: client.restricted, what: 'chronology' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await volunteer.call()).disclosures.recordPrint({ personId: client.ama, what: 'chronology' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await disclosureCount()).toBe(before);
    const [denied] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.action, 'disclosures.print')));
    expect(denied).toMatchObject({ outcome: 'denied', entityId: client.restricted });
  });

  it('records a print of an archived client’s record (read-only, but still printed)', async () => {
    const archived = await createClientVia(cw, { displayName: 'Archived' });
    await (await cw.call()).clients.archive({ id: archived.id, version: archived.version });
    const print = await (
      await cw.call()
    ).disclosures.recordPrint({ personId: archived.id, what: 'chronology' });
    expect(print.status).toBe('made');
  });
});
