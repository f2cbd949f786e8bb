import { auditLog, communications, disclosures, documents, timelineEvents } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.ts';
import { uploadFile } from '../../files.ts';
import { createClientVia, openMatterVia, recordConsentVia } from '../../testing/clients.ts';
import { approvalInput, requestApprovalVia, writtenBy } from '../../testing/disclosures.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { SAME_RECIPIENT_MESSAGE } from '../communications/follow-up-recipient.ts';
import { BASIS_DETAILS_REQUIRED, LEGAL_BASIS_REQUIRED, NO_APPROVAL_NEEDED } from './request-approval.ts';

// The test clock: Mon 23 Nov 2026, 10:00 UTC.
let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
let police = '';
let immigration = '';
let restricted = '';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ALREADY = 'This request has already been decided or withdrawn.';

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
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  immigration = (
    await createAgency(api.handle.db, { name: 'Immigration Compliance', category: 'immigration_enforcement' })
  ).id;
  restricted = (await createClientVia(cw, { displayName: 'Rana', restricted: true, teamId: north.id })).id;
});
afterAll(async () => {
  await api.close();
});

const contextOf = (who: TestBrowser) =>
  createContext(
    { db: api.handle.db, config: api.config, cipher: api.cipher, now: () => new Date(api.clock.now) },
    { meta: { requestId: 'approvals-test', ip: '203.0.113.10' }, cookies: who.cookies },
  );
const upload = async (who: TestBrowser, personId: string, filename = 'statement.pdf') =>
  uploadFile(await contextOf(who), { personId, filename, bytes: PDF });
const documentRow = async (id: string) =>
  (await api.handle.db.select().from(documents).where(eq(documents.id, id)))[0];
const newClient = async (displayName: string) => (await createClientVia(cw, { displayName })).id;
const decide = async (
  who: TestBrowser,
  request: { id: string; version: number },
  decision: 'approve' | 'refuse',
  reason = 'The police need it to find the trafficker; the client cannot be reached.',
) => (await who.call()).disclosures.decide({ id: request.id, version: request.version, decision, reason });
const communicationsOf = async (personId: string) =>
  api.handle.db.select().from(communications).where(eq(communications.personId, personId));
const disclosureCount = async () => (await api.handle.db.select({ n: count() }).from(disclosures))[0]?.n ?? 0;
const auditsOf = (action: string, disclosureId: string) =>
  api.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.details}->>'disclosureId' = ${disclosureId}`));

describe('asking for approval', () => {
  it('holds a letter the firewall refused: nothing logged, its file held, the legal basis on record', async () => {
    const personId = await newClient('Ama');
    await expectBadField(
      (await cw.call()).communications.create(approvalInput({ personId, agencyId: police })),
      'agencyId',
    );
    const file = await upload(cw, personId);
    const request = await requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [file.id] });
    expect(request).toMatchObject({
      version: 1,
      personId,
      kind: 'communication',
      status: 'awaiting_approval',
      recipientCategory: 'police',
      recipientLabel: 'Northshire Police',
      informationShared: ['identity', 'case_details'],
      basis: 'legal_basis',
      consent: null,
      legalBasis: 'crime_prevention',
      basisDetails: 'The officer in the case asked for it to identify the trafficker.',
      description: 'Letter sent',
      communicationId: null,
      pending: {
        channel: 'letter',
        subject: 'Disclosure of the statement',
        body: 'We enclose the statement as requested.',
        attachmentCount: 1,
      },
      requestedBy: { id: cw.user.id, displayName: 'Casey Worker' },
      requestedAt: '2026-11-23T10:00:00.000Z',
      madeAt: null,
      decidedBy: null,
      canCancel: true,
      canDecide: false,
    });
    expect(await communicationsOf(personId)).toEqual([]);
    expect((await documentRow(file.id))?.attachedAt).not.toBeNull();
    const [audit] = await auditsOf('disclosures.request', request.id);
    expect(audit).toMatchObject({
      actorUserId: cw.user.id,
      entityId: personId,
      details: {
        recipientCategory: 'police',
        reason: 'no_consent',
        legalBasis: 'crime_prevention',
        attachments: 1,
      },
    });
    expect(JSON.stringify(audit?.details)).not.toMatch(/statement|trafficker/);
    expect(await writtenBy(api.handle.db, 'audit_log', eq(auditLog.id, audit?.id ?? ''))).toEqual(
      await writtenBy(api.handle.db, 'disclosures', eq(disclosures.id, request.id)),
    );
  });

  it('refuses bad input, each naming its field, writing nothing and holding nothing', async () => {
    const personId = await newClient('Bad input');
    const other = await newClient('Someone else');
    const file = await upload(cw, personId);
    const theirs = await upload(colleague, personId, 'theirs.pdf');
    const otherMatter = await openMatterVia(cw, {
      caseId: (await (await cw.call()).clients.get({ id: other })).case.id,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    });
    const answered = await (
      await cw.call()
    ).communications.create({
      personId,
      channel: 'letter',
      direction: 'outgoing',
      agencyId: null,
      counterpartName: 'The client',
      recipientCategory: 'client',
      occurredOn: '2026-11-02',
      subject: 'Your appointment',
    });
    const received = await (
      await cw.call()
    ).communications.create({
      personId,
      channel: 'letter',
      direction: 'incoming',
      agencyId: police,
      occurredOn: '2026-11-02',
      subject: 'Your report',
    });
    const before = await disclosureCount();
    const ask = (input: Record<string, unknown>) =>
      requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [file.id], ...input });
    expect(await expectBadField(ask({ legalBasis: null }), 'legalBasis')).toEqual([LEGAL_BASIS_REQUIRED]);
    await expectBadField(ask({ legalBasis: 'because' }), 'legalBasis');
    expect(await expectBadField(ask({ basisDetails: '   ' }), 'basisDetails')).toEqual([
      BASIS_DETAILS_REQUIRED,
    ]);
    await expectBadField(ask({ direction: 'incoming', expectsReply: false }), 'direction');
    await expectBadField(ask({ occurredOn: '2026-11-24' }), 'occurredOn');
    await expectBadField(ask({ matterId: otherMatter.id }), 'matterId');
    await expectBadField(ask({ attachmentIds: [theirs.id] }), 'attachmentIds');
    await expectBadField(ask({ chaserOfId: received.id }), 'chaserOfId');
    // A chaser goes where the letter it chases went: not to the police when that went to the client.
    expect(await expectBadField(ask({ chaserOfId: answered.id }), 'agencyId')).toEqual([
      SAME_RECIPIENT_MESSAGE,
    ]);
    await expectBadField(ask({ agencyId: '00000000-0000-4000-8000-000000000000' }), 'agencyId');
    // What the firewall lets through needs no approval.
    expect(
      await expectBadField(
        ask({ agencyId: null, counterpartName: 'The client', recipientCategory: 'client' }),
        'recipientCategory',
      ),
    ).toEqual([NO_APPROVAL_NEEDED]);
    const consented = await newClient('Consented');
    await recordConsentVia(cw, consented, ['police']);
    expect(
      await expectBadField(requestApprovalVia(cw, { personId: consented, agencyId: police }), 'agencyId'),
    ).toEqual([NO_APPROVAL_NEEDED]);
    expect(await disclosureCount()).toBe(before);
    expect((await documentRow(file.id))?.attachedAt).toBeNull();
  });

  it('is refused on a restricted client outside the team, audited, writing nothing', async () => {
    const before = await disclosureCount();
    await expect(
      requestApprovalVia(offTeam, { personId: restricted, agencyId: police }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      requestApprovalVia(volunteer, { personId: restricted, agencyId: police }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await disclosureCount()).toBe(before);
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => [d.action, d.entityId])).toEqual([['disclosures.request', restricted]]);
  });

  it('is refused on an archived client', async () => {
    const client = await createClientVia(cw, { displayName: 'Archived' });
    await (await cw.call()).clients.archive({ id: client.id, version: client.version });
    await expect(requestApprovalVia(cw, { personId: client.id, agencyId: police })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('approving', () => {
  it('logs it as sent today by whoever asked, with the held file, and makes the disclosure, in one transaction', async () => {
    const personId = await newClient('Approved');
    const file = await upload(cw, personId);
    const request = await requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [file.id] });
    // Caseworkers may not decide, not even their own request.
    for (const who of [cw, colleague, volunteer]) {
      await expect(decide(who, request, 'approve')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await communicationsOf(personId)).toEqual([]);

    const approved = await decide(supervisor, request, 'approve');
    const [letter] = await communicationsOf(personId);
    expect(approved).toMatchObject({
      version: 2,
      status: 'made',
      communicationId: letter?.id,
      // What was approved stays readable by its subject once the held copy is gone.
      communication: { id: letter?.id, subject: 'Disclosure of the statement' },
      pending: null,
      madeAt: '2026-11-23T10:00:00.000Z',
      decidedBy: { id: supervisor.user.id, displayName: 'Sam Super' },
      decidedAt: '2026-11-23T10:00:00.000Z',
      decisionReason: 'The police need it to find the trafficker; the client cannot be reached.',
      canCancel: false,
      canDecide: false,
    });
    const view = await (await cw.call()).communications.get({ id: letter?.id ?? '' });
    expect(view).toMatchObject({
      direction: 'outgoing',
      agencyId: police,
      counterpartLabel: 'Northshire Police',
      subject: 'Disclosure of the statement',
      body: 'We enclose the statement as requested.',
      // Asked for on the 20th, it could only be sent once approved: today.
      occurredOn: '2026-11-23',
      replyState: 'awaiting',
      replyDue: '2026-12-07',
      recordedBy: { id: cw.user.id, displayName: 'Casey Worker' },
      attachments: [{ id: file.id, filename: 'statement.pdf' }],
      disclosure: {
        id: request.id,
        basis: 'legal_basis',
        legalBasis: 'crime_prevention',
        basisDetails: 'The officer in the case asked for it to identify the trafficker.',
        recipientCategory: 'police',
        informationShared: ['identity', 'case_details'],
        decidedBy: { id: supervisor.user.id, displayName: 'Sam Super' },
        decisionReason: 'The police need it to find the trafficker; the client cannot be reached.',
        decidedAt: '2026-11-23T10:00:00.000Z',
      },
    });
    expect(view.replyDueExplanation).toContain('Mon 23 Nov 2026');
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.communicationId, letter?.id ?? ''));
    expect(event).toMatchObject({ occurredOn: '2026-11-23', recordedById: cw.user.id });
    const [row] = await api.handle.db.select().from(disclosures).where(eq(disclosures.id, request.id));
    expect(row?.pendingCommunication).toBeNull();

    // The communication, the disclosure and both audit rows were written by one transaction.
    const created = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'communications.create'), eq(auditLog.entityId, personId)));
    const [approval] = await auditsOf('disclosures.approve', request.id);
    expect(created[0]).toMatchObject({
      actorUserId: supervisor.user.id,
      details: {
        communicationId: letter?.id,
        disclosureId: request.id,
        basis: 'legal_basis',
        attachments: 1,
      },
    });
    expect(approval).toMatchObject({
      actorUserId: supervisor.user.id,
      entityId: personId,
      details: { communicationId: letter?.id, recipientCategory: 'police', legalBasis: 'crime_prevention' },
    });
    expect(JSON.stringify(approval?.details)).not.toMatch(/trafficker/);
    const transactions = new Set([
      ...(await writtenBy(api.handle.db, 'communications', eq(communications.personId, personId))),
      ...(await writtenBy(api.handle.db, 'disclosures', eq(disclosures.id, request.id))),
      ...(await writtenBy(api.handle.db, 'documents', eq(documents.id, file.id))),
      ...(await writtenBy(
        api.handle.db,
        'audit_log',
        inArray(auditLog.id, [created[0]?.id ?? '', approval?.id ?? '']),
      )),
    ]);
    expect(transactions.size).toBe(1);
  });

  it('keeps the held files through the daily pruning while the request waits', async () => {
    const personId = await newClient('Waiting');
    const held = await upload(cw, personId, 'held.pdf');
    const stale = await upload(cw, personId, 'stale.pdf');
    const request = await requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [held.id] });
    const twoDaysAgo = new Date('2026-11-21T10:00:00Z');
    await api.handle.db
      .update(documents)
      .set({ createdAt: twoDaysAgo })
      .where(inArray(documents.id, [held.id, stale.id]));
    await upload(cw, personId, 'next.pdf'); // prunes what was staged two days ago
    expect(await documentRow(stale.id)).toBeUndefined();
    expect(await documentRow(held.id)).toBeDefined();
    await decide(supervisor, request, 'approve');
    const [letter] = await communicationsOf(personId);
    expect(await documentRow(held.id)).toMatchObject({ communicationId: letter?.id });
  });

  it('sends to immigration enforcement only with a supervisor’s approval, even with every consent', async () => {
    const personId = await newClient('Enforcement');
    await recordConsentVia(cw, personId);
    const request = await requestApprovalVia(cw, {
      personId,
      agencyId: immigration,
      legalBasis: 'legal_obligation',
      basisDetails: 'A court order requires the address.',
      informationShared: ['identity', 'contact_details'],
    });
    expect(request).toMatchObject({ recipientCategory: 'immigration_enforcement', basis: 'legal_basis' });
    const [audit] = await auditsOf('disclosures.request', request.id);
    expect(audit?.details).toMatchObject({ reason: 'immigration_enforcement' });
    await expect(decide(cw, request, 'approve')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await communicationsOf(personId)).toEqual([]);
    const approved = await decide(supervisor, request, 'approve', 'Court order seen and checked.');
    expect(approved).toMatchObject({ status: 'made', recipientCategory: 'immigration_enforcement' });
    const [letter] = await communicationsOf(personId);
    expect((await (await cw.call()).communications.get({ id: letter?.id ?? '' })).disclosure).toMatchObject({
      recipientCategory: 'immigration_enforcement',
      legalBasis: 'legal_obligation',
      informationShared: ['identity', 'contact_details'],
      decidedBy: { id: supervisor.user.id },
      decisionReason: 'Court order seen and checked.',
    });
  });

  it('lets a supervisor decide their own request, as a separate act with its reason', async () => {
    const personId = await newClient('Own request');
    const request = await requestApprovalVia(supervisor, { personId, agencyId: police });
    expect(request).toMatchObject({ canCancel: true, canDecide: true });
    const approved = await decide(supervisor, request, 'approve', 'Only supervisor on duty; urgent.');
    expect(approved).toMatchObject({
      status: 'made',
      requestedBy: { id: supervisor.user.id },
      decidedBy: { id: supervisor.user.id },
    });
    const [letter] = await communicationsOf(personId);
    expect(letter?.recordedById).toBe(supervisor.user.id);
  });

  it('decides once: a second decision is refused on the field, a stale version is a conflict, a reason is required', async () => {
    const personId = await newClient('Twice');
    const first = await requestApprovalVia(cw, { personId, agencyId: police });
    const second = await requestApprovalVia(cw, { personId, agencyId: police, subject: 'Second' });
    await expectBadField(decide(supervisor, first, 'approve', '  '), 'reason');
    await expectBadField(
      (await supervisor.call()).disclosures.decide({
        id: first.id,
        version: first.version,
        decision: 'maybe',
        reason: 'x',
      } as never),
      'decision',
    );
    await expect(decide(supervisor, { id: second.id, version: 5 }, 'approve')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await decide(supervisor, first, 'approve');
    for (const decision of ['approve', 'refuse'] as const) {
      expect(await expectBadField(decide(supervisor, first, decision), 'id')).toEqual([ALREADY]);
    }
    expect(await communicationsOf(personId)).toHaveLength(1);
    await expect(
      decide(supervisor, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, 'refuse'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to log what no longer fits: the letter it chases was answered meanwhile', async () => {
    const personId = await newClient('Chased meanwhile');
    const first = await requestApprovalVia(cw, { personId, agencyId: police, expectsReply: true });
    const letter = { id: (await decide(supervisor, first, 'approve')).communicationId ?? '' };
    const request = await requestApprovalVia(cw, { personId, agencyId: police, chaserOfId: letter.id });
    await (
      await cw.call()
    ).communications.create({
      personId,
      channel: 'letter',
      direction: 'incoming',
      agencyId: police,
      occurredOn: '2026-11-23',
      subject: 'Reply',
      replyToId: letter.id,
    });
    const [message] = await expectBadField(decide(supervisor, request, 'approve'), 'id');
    expect(message).toContain('Only something sent and still awaiting a reply can be chased.');
    expect(await communicationsOf(personId)).toHaveLength(2);
    // It can still be refused.
    expect((await decide(supervisor, request, 'refuse', 'Answered already.')).status).toBe('refused');
  });
});

describe('refusing', () => {
  it('sends nothing, records the reason, and lets the held files go to be pruned', async () => {
    const personId = await newClient('Refused');
    const file = await upload(cw, personId);
    const request = await requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [file.id] });
    await expect(decide(colleague, request, 'refuse')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const refused = await decide(supervisor, request, 'refuse', 'Ask the client first: she can be reached.');
    expect(refused).toMatchObject({
      status: 'refused',
      pending: null,
      madeAt: null,
      communicationId: null,
      decidedBy: { id: supervisor.user.id },
      decisionReason: 'Ask the client first: she can be reached.',
    });
    expect(await communicationsOf(personId)).toEqual([]);
    expect((await documentRow(file.id))?.attachedAt).toBeNull();
    const [audit] = await auditsOf('disclosures.refuse', request.id);
    expect(audit).toMatchObject({ actorUserId: supervisor.user.id, details: { releasedAttachments: 1 } });
    expect(JSON.stringify(audit?.details)).not.toContain('client first');
    await api.handle.db
      .update(documents)
      .set({ createdAt: new Date('2026-11-21T10:00:00Z') })
      .where(eq(documents.id, file.id));
    await upload(cw, personId, 'later.pdf');
    expect(await documentRow(file.id)).toBeUndefined();
  });

  it('may close a request on an archived client, which can no longer be approved', async () => {
    const client = await createClientVia(cw, { displayName: 'Archived later' });
    const first = await requestApprovalVia(cw, { personId: client.id, agencyId: police });
    const second = await requestApprovalVia(cw, { personId: client.id, agencyId: police });
    const profile = await (await cw.call()).clients.get({ id: client.id });
    await (await cw.call()).clients.archive({ id: client.id, version: profile.version });
    await expect(decide(supervisor, first, 'approve')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await communicationsOf(client.id)).toEqual([]);
    expect((await decide(supervisor, first, 'refuse', 'Client archived.')).status).toBe('refused');
    expect((await (await cw.call()).disclosures.cancel({ id: second.id, version: 1 })).status).toBe(
      'cancelled',
    );
  });
});

describe('withdrawing a request', () => {
  it('is for whoever asked only, while it awaits approval; the held files go', async () => {
    const personId = await newClient('Withdrawn');
    const file = await upload(cw, personId);
    const request = await requestApprovalVia(cw, { personId, agencyId: police, attachmentIds: [file.id] });
    for (const who of [colleague, supervisor]) {
      await expect(
        (await who.call()).disclosures.cancel({ id: request.id, version: request.version }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'disclosures.cancel'), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.actorUserId)).toEqual([colleague.user.id, supervisor.user.id]);
    expect(denied[0]?.details).toEqual({ disclosureId: request.id, reason: 'not_requester' });

    await expect((await cw.call()).disclosures.cancel({ id: request.id, version: 9 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const cancelled = await (
      await cw.call()
    ).disclosures.cancel({ id: request.id, version: request.version });
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 2, pending: null, canCancel: false });
    expect((await documentRow(file.id))?.attachedAt).toBeNull();
    expect(
      (await auditsOf('disclosures.cancel', request.id)).filter((a) => a.outcome === 'success'),
    ).toHaveLength(1);
    expect(
      await expectBadField((await cw.call()).disclosures.cancel({ id: request.id, version: 2 }), 'id'),
    ).toEqual([ALREADY]);
    expect(await expectBadField(decide(supervisor, cancelled, 'approve'), 'id')).toEqual([ALREADY]);
    expect(await communicationsOf(personId)).toEqual([]);
  });
});

describe('the database', () => {
  it('refuses a disclosure made on a legal basis, or to immigration enforcement, without a decision', async () => {
    const personId = await newClient('Constraint');
    const caseId = (await (await cw.call()).clients.get({ id: personId })).case.id;
    const row = {
      personId,
      caseId,
      kind: 'communication' as const,
      status: 'made' as const,
      recipientCategory: 'police',
      recipientLabel: 'Northshire Police',
      informationShared: ['identity'],
      basis: 'legal_basis' as const,
      legalBasis: 'crime_prevention',
      basisDetails: 'x',
      description: 'Letter sent',
      requestedById: cw.user.id,
      madeAt: new Date(),
    };
    await expect(api.handle.db.insert(disclosures).values(row)).rejects.toThrow();
    await expect(
      api.handle.db
        .insert(disclosures)
        .values({ ...row, recipientCategory: 'immigration_enforcement', basis: 'consent', legalBasis: null }),
    ).rejects.toThrow();
    await api.handle.db.insert(disclosures).values({ ...row, decidedById: supervisor.user.id });
  });
});
