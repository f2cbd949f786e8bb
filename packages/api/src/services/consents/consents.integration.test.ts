import { auditLog, consents, documents } from '@umbrella/db';
import { createTeam } from '@umbrella/db/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.ts';
import { downloadFile, uploadFile } from '../../files.ts';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// The test clock: Mon 23 Nov 2026, 10:00 UTC.
let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
const client = { ama: '', quiet: '', restricted: '', archived: '' };

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  colleague = await signedIn(api, { email: 'col@x.test', role: 'caseworker', displayName: 'Colin' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const north = await createTeam(api.handle.db, {
    name: 'North',
    memberIds: [cw.user.id, colleague.user.id],
  });
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  client.ama = (await createClientVia(cw, { displayName: 'Ama' })).id;
  client.quiet = (await createClientVia(cw, { displayName: 'Quiet' })).id;
  client.restricted = (
    await createClientVia(cw, { displayName: 'Rana', restricted: true, teamId: north.id })
  ).id;
  const archived = await createClientVia(cw, { displayName: 'Archie' });
  client.archived = archived.id;
  await (await cw.call()).clients.archive({ id: archived.id, version: archived.version });
});
afterAll(async () => {
  await api.close();
});

const contextOf = (who: TestBrowser) =>
  createContext(
    { db: api.handle.db, config: api.config, cipher: api.cipher, now: () => new Date(api.clock.now) },
    { meta: { requestId: 'consents-test', ip: '203.0.113.10' }, cookies: who.cookies },
  );
const upload = async (who: TestBrowser, personId: string, filename = 'signed-consent.pdf') =>
  uploadFile(await contextOf(who), { personId, filename, bytes: PDF });

const consentRows = async () => (await api.handle.db.select({ n: count() }).from(consents))[0]?.n ?? 0;
const auditsOf = (action: string) =>
  api.handle.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.seq);

describe('recording consent', () => {
  it('records a verbal consent, shown in plain words and in force at once, audited with ids and categories', async () => {
    const consent = await (
      await cw.call()
    ).consents.record({
      personId: client.ama,
      categories: ['health', 'police'],
      method: 'verbal',
      givenOn: '2026-11-20',
      scope: 'Only about the police report',
    });
    expect(consent).toMatchObject({
      version: 1,
      // Always in the list's order, whatever the order chosen.
      categories: ['police', 'health'],
      sentence: 'The client agreed to share information with the police and prosecutors and health services.',
      method: 'verbal',
      givenOn: '2026-11-20',
      document: null,
      scope: 'Only about the police report',
      recordedBy: { id: cw.user.id, displayName: 'Casey Worker' },
      recordedAt: '2026-11-23T10:00:00.000Z',
      withdrawnAt: null,
      withdrawnBy: null,
      inForce: true,
    });
    const listed = await (await colleague.call()).consents.forClient({ personId: client.ama });
    expect(listed).toMatchObject({ categoriesInForce: ['police', 'health'], canChange: true });
    expect(listed.consents.map((c) => c.id)).toEqual([consent.id]);
    const [audit] = await auditsOf('consents.record');
    expect(audit).toMatchObject({
      actorUserId: cw.user.id,
      entityType: 'person',
      entityId: client.ama,
      outcome: 'success',
      details: {
        consentId: consent.id,
        categories: ['health', 'police'],
        method: 'verbal',
        documentId: null,
      },
    });
    // Never the client's words.
    expect(JSON.stringify(audit?.details)).not.toContain('police report');
    const reads = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.actorUserId, colleague.user.id)));
    expect(reads.map((r) => r.details)).toContainEqual({ view: 'consents' });
  });

  it('records a written consent with its signed form: attached, never pruned, readable by the team', async () => {
    const form = await upload(cw, client.ama);
    const consent = await (
      await cw.call()
    ).consents.record({
      personId: client.ama,
      categories: ['nrm'],
      method: 'written',
      givenOn: '2026-11-23',
      documentId: form.id,
    });
    expect(consent.document).toEqual({ id: form.id, filename: 'signed-consent.pdf' });
    const [row] = await api.handle.db.select().from(documents).where(eq(documents.id, form.id));
    expect(row?.attachedAt).not.toBeNull();
    expect(row?.communicationId).toBeNull();
    // Uploaded two days ago: the next upload prunes what was staged then, but the signed form stays.
    const twoDaysAgo = new Date('2026-11-21T10:00:00Z');
    await api.handle.db.update(documents).set({ createdAt: twoDaysAgo }).where(eq(documents.id, form.id));
    const stale = await upload(cw, client.ama, 'never-used.pdf');
    await api.handle.db.update(documents).set({ createdAt: twoDaysAgo }).where(eq(documents.id, stale.id));
    await upload(cw, client.ama, 'other.pdf');
    expect(await api.handle.db.select().from(documents).where(eq(documents.id, form.id))).toHaveLength(1);
    expect(await api.handle.db.select().from(documents).where(eq(documents.id, stale.id))).toHaveLength(0);
    // Attached, it is no longer only its uploader's.
    const file = await downloadFile(await contextOf(colleague), form.id);
    expect(file.filename).toBe('signed-consent.pdf');
    // A form cannot serve two consents.
    await expectBadField(
      (await cw.call()).consents.record({
        personId: client.ama,
        categories: ['nrm'],
        method: 'written',
        givenOn: '2026-11-23',
        documentId: form.id,
      }),
      'documentId',
    );
  });

  it('refuses bad input, each naming its field, writing nothing', async () => {
    const before = await consentRows();
    const good = {
      personId: client.quiet,
      categories: ['police'],
      method: 'verbal',
      givenOn: '2026-11-01',
    };
    const record = async (input: Record<string, unknown>) =>
      (await cw.call()).consents.record({ ...good, ...input } as never);
    expect(await expectBadField(record({ categories: [] }), 'categories')).toEqual([
      'Choose at least one kind of agency',
    ]);
    await expectBadField(record({ categories: ['immigration_enforcement'] }), 'categories');
    await expectBadField(record({ categories: ['police', 'police'] }), 'categories');
    await expectBadField(record({ method: 'telepathy' }), 'method');
    expect(await expectBadField(record({ givenOn: '2026-11-24' }), 'givenOn')).toEqual([
      'The day consent was given cannot be in the future.',
    ]);
    expect(await expectBadField(record({ givenOn: '1899-12-31' }), 'givenOn')).toEqual([
      'The day consent was given must be in 1900 or later.',
    ]);
    await expectBadField(record({ givenOn: '01/11/2026' }), 'givenOn');
    const form = await upload(cw, client.quiet);
    // Only written consent has a document.
    await expectBadField(record({ documentId: form.id }), 'documentId');
    // A file of another client, of another uploader, or none at all.
    const amasForm = await upload(cw, client.ama);
    const colleaguesForm = await upload(colleague, client.quiet);
    for (const documentId of [amasForm.id, colleaguesForm.id, '00000000-0000-4000-8000-000000000000']) {
      await expectBadField(record({ method: 'written', documentId }), 'documentId');
    }
    expect(await consentRows()).toBe(before);
    // And the files refused are still staged (not attached by the failed attempts).
    const staged = await api.handle.db.select().from(documents).where(eq(documents.id, amasForm.id));
    expect(staged[0]?.attachedAt).toBeNull();
  });

  it('is refused on an archived client (read-only), who still shows what they agreed', async () => {
    const before = await consentRows();
    await expect(recordConsentVia(cw, client.archived)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await consentRows()).toBe(before);
    const listed = await (await cw.call()).consents.forClient({ personId: client.archived });
    expect(listed).toEqual({
      consents: [],
      nextCursor: null,
      counts: { inForce: 0, notInForce: 0 },
      categoriesInForce: [],
      canChange: false,
    });
  });

  it('is refused outside the team on a restricted client, and the refusal audited', async () => {
    const before = await consentRows();
    await expect(recordConsentVia(offTeam, client.restricted)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await offTeam.call()).consents.forClient({ personId: client.restricted }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await consentRows()).toBe(before);
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.action)).toEqual(['consents.record', 'consents.read']);
    expect(denied.every((d) => d.entityId === client.restricted)).toBe(true);
    // The team and supervisors may.
    await recordConsentVia(colleague, client.restricted, ['support_services']);
    expect(
      (await (await supervisor.call()).consents.forClient({ personId: client.restricted })).categoriesInForce,
    ).toEqual(['support_services']);
  });

  it('is for caseworkers and supervisors only', async () => {
    await expect(recordConsentVia(volunteer, client.quiet)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await volunteer.call()).consents.forClient({ personId: client.quiet }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('withdrawing consent', () => {
  it('takes effect at once, keeps the consent on record, and lists it after those in force', async () => {
    const kept = await recordConsentVia(cw, client.quiet, ['legal_representative']);
    const withdrawn = await recordConsentVia(cw, client.quiet, ['police', 'health']);
    const result = await (
      await supervisor.call()
    ).consents.withdraw({
      id: withdrawn.id,
      version: withdrawn.version,
      note: 'Changed her mind after the call',
    });
    expect(result).toMatchObject({
      version: 2,
      inForce: false,
      withdrawnAt: '2026-11-23T10:00:00.000Z',
      withdrawnBy: { id: supervisor.user.id, displayName: 'Sam Super' },
      withdrawalNote: 'Changed her mind after the call',
    });
    const listed = await (await cw.call()).consents.forClient({ personId: client.quiet });
    expect(listed.consents.map((c) => [c.id, c.inForce])).toEqual([
      [kept.id, true],
      [withdrawn.id, false],
    ]);
    expect(listed.categoriesInForce).toEqual(['legal_representative']);
    // The firewall no longer relies on it, from this very moment.
    const check = await (
      await cw.call()
    ).disclosures.check({ personId: client.quiet, recipientCategory: 'police' });
    expect(check.decision.outcome).toBe('needs_approval');
    const [audit] = await auditsOf('consents.withdraw');
    expect(audit).toMatchObject({
      actorUserId: supervisor.user.id,
      entityId: client.quiet,
      details: { consentId: withdrawn.id, categories: ['police', 'health'] },
    });
    expect(JSON.stringify(audit?.details)).not.toContain('mind');
  });

  it('is version-checked, once only, and refused on an unknown consent', async () => {
    const consent = await recordConsentVia(cw, client.quiet, ['other']);
    await expect((await cw.call()).consents.withdraw({ id: consent.id, version: 7 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const done = await (await cw.call()).consents.withdraw({ id: consent.id, version: 1 });
    expect(
      await expectBadField(
        (await cw.call()).consents.withdraw({ id: consent.id, version: done.version }),
        'id',
      ),
    ).toEqual(['This consent has already been withdrawn.']);
    await expect(
      (await cw.call()).consents.withdraw({ id: '00000000-0000-4000-8000-000000000000', version: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await auditsOf('consents.withdraw')).filter((a) => a.entityId === client.quiet)).toHaveLength(2);
  });

  it('is refused outside the team on a restricted client, audited, leaving the consent in force', async () => {
    const consent = await recordConsentVia(cw, client.restricted, ['health']);
    await expect(
      (await offTeam.call()).consents.withdraw({ id: consent.id, version: consent.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await api.handle.db.select().from(consents).where(eq(consents.id, consent.id));
    expect(row?.withdrawnAt).toBeNull();
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consents.withdraw'), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.actorUserId)).toEqual([offTeam.user.id]);
  });
});

describe('a long list of consents', () => {
  it('pages through them, those in force first, each newest given first, without gaps or repeats', async () => {
    const { id: personId } = await createClientVia(cw, { displayName: 'Many Consents' });
    const given = ['2026-01-10', '2026-03-10', '2026-03-10', '2026-05-10', '2026-07-10', '2026-09-10'];
    const recorded = [];
    for (const [i, givenOn] of given.entries()) {
      recorded.push(
        await (
          await cw.call()
        ).consents.record({
          personId,
          categories: i % 2 ? ['police'] : ['health'],
          method: 'verbal',
          givenOn,
        }),
      );
    }
    // Two withdrawn: the newest police one and the oldest health one.
    for (const c of [recorded[5], recorded[0]]) {
      await (await cw.call()).consents.withdraw({ id: c?.id ?? '', version: c?.version ?? 0 });
    }
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await (
        await colleague.call()
      ).consents.forClient({ personId, limit: 4, ...(cursor ? { cursor } : {}) });
      pages.push(page);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.consents.length)).toEqual([4, 2]);
    // Every page says what the whole list holds and covers, not only itself.
    for (const page of pages) {
      expect(page.counts).toEqual({ inForce: 4, notInForce: 2 });
      expect(page.categoriesInForce).toEqual(['police', 'health']);
    }
    const listed = pages.flatMap((p) => p.consents);
    expect(listed.map((c) => [c.givenOn, c.inForce])).toEqual([
      ['2026-07-10', true],
      ['2026-05-10', true],
      ['2026-03-10', true],
      ['2026-03-10', true],
      ['2026-09-10', false],
      ['2026-01-10', false],
    ]);
    expect(new Set(listed.map((c) => c.id)).size).toBe(6);
    // Two given on one day: both, once each (in a stable order: when recorded, then id).
    const sameDay = listed.filter((c) => c.givenOn === '2026-03-10').map((c) => c.id);
    expect(new Set(sameDay)).toEqual(new Set([recorded[1]?.id, recorded[2]?.id]));

    await expectBadField((await cw.call()).consents.forClient({ personId, cursor: 'nope' }), 'cursor');
    // Another client's consent is no place to start from.
    const other = await recordConsentVia(cw, client.ama, ['police']);
    await expectBadField(
      (await cw.call()).consents.forClient({ personId, cursor: Buffer.from(other.id).toString('base64url') }),
      'cursor',
    );
    for (const limit of [0, 101]) {
      expect(
        await expectBadField((await cw.call()).consents.forClient({ personId, limit }), 'limit'),
      ).toEqual(['Ask for a whole number from 1 to 100 at a time']);
    }
  });
});
