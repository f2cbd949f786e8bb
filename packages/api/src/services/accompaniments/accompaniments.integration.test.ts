import { randomUUID } from 'node:crypto';
import {
  accompanimentReports,
  appointmentFollowUps,
  appointmentVolunteers,
  auditLog,
  cases,
  people,
  timelineEvents,
  users,
} from '@umbrella/db';
import { TEST_PASSWORD } from '@umbrella/db/testing';
import { ANSWER_REFUSAL_MESSAGES, REPORT_REFUSAL_MESSAGES, type AccompanimentReport } from '@umbrella/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { ARCHIVED_CLIENT_REPORT_MESSAGE } from './report-refusal.ts';
import { loadReportViews } from './report-view.ts';
import { insertAppointment, type AppointmentRowInput } from './test-rows.ts';

let api: TestApi;
let alice: SignedIn;
let bob: SignedIn;
let val: SignedIn;
let wes: SignedIn;
let client: { id: string; caseId: string };
const appt = {
  upcoming: '',
  toReport: '',
  offeredNow: '',
  offeredPast: '',
  cancelled: '',
  declined: '',
  closed: '',
  wes: '',
};

const SECRETS = ['Legal Secretname', 'Case notes never for volunteers', 'self_harm', 'Risk of self-harm'];

const report = (overrides: Partial<AccompanimentReport> = {}) => ({
  outcome: 'attended' as const,
  present: ['police_officer' as const, 'interpreter' as const],
  presentOther: null,
  treatment: 'Treated fairly, the interpreter was good.',
  concerns: ['threatened_with_arrest' as const],
  concernDetails: null,
  promised: 'A decision within a month.',
  promisedDates: [{ date: '2026-12-20', what: 'Decision on charge' }],
  followUps: [
    { description: 'Ask the officer for the crime reference', suggestedDue: '2026-11-27' },
    { description: 'Check the interpreter was booked for next time', suggestedDue: null },
  ],
  minutesSpent: 150,
  ...overrides,
});

async function appointmentFor(
  volunteers: AppointmentRowInput['volunteers'],
  times: [string, string],
  more = {},
) {
  return insertAppointment(api.handle.db, {
    personId: client.id,
    caseId: client.caseId,
    createdById: alice.user.id,
    startsAt: times[0],
    endsAt: times[1],
    volunteers,
    ...more,
  });
}

async function deniedRows(appointmentId: string) {
  return api.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'accompaniments.denied'), eq(auditLog.entityId, appointmentId)))
    .orderBy(asc(auditLog.seq));
}

async function signInAgain(email: string): Promise<TestBrowser> {
  const browser = api.browser();
  await (await browser.call()).auth.signIn({ email, password: TEST_PASSWORD });
  return browser;
}

beforeAll(async () => {
  api = await createTestApi(); // Mon 23 Nov 2026, 10:00 London
  alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker', displayName: 'Alice Key' });
  bob = await signedIn(api, { email: 'bob@x.test', role: 'caseworker', displayName: 'Bob Other' });
  val = await signedIn(api, { email: 'val@x.test', role: 'volunteer', displayName: 'Val Volunteer' });
  wes = await signedIn(api, { email: 'wes@x.test', role: 'volunteer', displayName: 'Wes Volunteer' });
  await api.handle.db.update(users).set({ phone: '020 7946 0001' }).where(eq(users.id, alice.user.id));
  client = await createClientVia(alice, {
    displayName: 'Amira',
    pronouns: 'she/her',
    languages: ['Tigrinya'],
    interpreterNeeded: true,
    interpreterLanguage: 'Tigrinya',
    keyWorkerId: alice.user.id,
    riskFlags: ['self_harm'],
    notes: 'Case notes never for volunteers',
    aliases: [{ name: 'Legal Secretname', kind: 'legal' }],
    safeContact: { call: true, text: false, voicemail: false, post: false, codeWord: 'Blue' },
  });
  const mine = (status: 'offered' | 'accepted' | 'declined') => [{ userId: val.user.id, status }];
  appt.upcoming = await appointmentFor(mine('accepted'), ['2026-11-25T14:00', '2026-11-25T16:00'], {
    notesForVolunteer: 'Bring the letter',
  });
  appt.toReport = await appointmentFor(mine('accepted'), ['2026-11-20T09:00', '2026-11-20T11:00']);
  // Under way (the clock says 10:00), asked and not yet answered: still "coming up", so it can be accepted.
  appt.offeredNow = await appointmentFor(mine('offered'), ['2026-11-23T09:30', '2026-11-23T11:00']);
  appt.offeredPast = await appointmentFor(mine('offered'), ['2026-11-19T09:00', '2026-11-19T10:00']);
  appt.cancelled = await appointmentFor(mine('offered'), ['2026-11-30T10:00', '2026-11-30T11:00'], {
    cancelled: true,
  });
  appt.declined = await appointmentFor(mine('declined'), ['2026-11-26T10:00', '2026-11-26T11:00']);
  // Ended 10 Nov: the 7-day window closed on 17 Nov.
  appt.closed = await appointmentFor(mine('accepted'), ['2026-11-10T09:00', '2026-11-10T10:00']);
  appt.wes = await appointmentFor(
    [{ userId: wes.user.id, status: 'accepted' }],
    ['2026-11-24T09:00', '2026-11-24T10:00'],
  );
});
afterAll(async () => {
  await api.close();
});

const ids = (cards: { appointmentId: string }[]) => cards.map((c) => c.appointmentId);

describe('a volunteer’s accompaniments', () => {
  it('lists upcoming, to report and done, without declined or closed ones, and audits what was shown', async () => {
    const list = await (await val.call()).accompaniments.list();
    expect(ids(list.upcoming)).toEqual([appt.offeredNow, appt.upcoming, appt.cancelled]);
    expect(ids(list.toReport)).toEqual([appt.toReport]);
    expect(ids(list.done)).toEqual([appt.offeredPast]);
    expect(list.upcoming[2]).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Rearranged by the police',
    });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accompaniments.read'), eq(auditLog.actorUserId, val.user.id)));
    expect(audit).toMatchObject({ entityType: 'user', entityId: val.user.id });
    expect(new Set((audit?.details as { appointmentIds: string[] }).appointmentIds)).toEqual(
      new Set([appt.offeredNow, appt.upcoming, appt.cancelled, appt.toReport, appt.offeredPast]),
    );
    expect((audit?.details as { personIds: string[] }).personIds).toEqual([client.id]);
  });

  it('shows a minimal card: nothing of the case file, the key worker to call', async () => {
    const card = await (await val.call()).accompaniments.get({ id: appt.upcoming });
    expect(Object.keys(card).sort()).toEqual(
      [
        'appointmentId',
        'type',
        'startsAt',
        'endsAt',
        'startsAtLocal',
        'endsAtLocal',
        'place',
        'area',
        'meetingPoint',
        'notesForVolunteer',
        'status',
        'cancelledReason',
        'interpreter',
        'client',
        'caseworker',
        'assignment',
        'report',
        'reportWindowEnds',
        'reportRefusal',
        'draft',
      ].sort(),
    );
    expect(Object.keys(card.client).sort()).toEqual(
      [
        'displayName',
        'pronouns',
        'languages',
        'interpreterNeeded',
        'interpreterLanguage',
        'safeContact',
      ].sort(),
    );
    expect(card).toMatchObject({
      startsAtLocal: '2026-11-25T14:00',
      startsAt: '2026-11-25T14:00:00.000Z',
      area: 'Croydon',
      notesForVolunteer: 'Bring the letter',
      client: {
        displayName: 'Amira',
        pronouns: 'she/her',
        languages: ['Tigrinya'],
        interpreterLanguage: 'Tigrinya',
      },
      caseworker: { displayName: 'Alice Key', phone: '020 7946 0001' },
      assignment: 'accepted',
      report: { status: 'none', filedAt: null, draftSavedAt: null },
      reportWindowEnds: '2026-12-02T16:00:00.000Z',
      reportRefusal: REPORT_REFUSAL_MESSAGES.not_started,
      draft: null,
    });
    expect(card.client.safeContact).toMatchObject({ call: true, text: false, codeWord: 'Blue' });
    const text = JSON.stringify(card);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accompaniments.read'), eq(auditLog.entityId, appt.upcoming)));
    expect(audit?.details).toEqual({ appointmentIds: [appt.upcoming], personIds: [client.id] });
  });

  it('names the case lead when there is no active key worker, else who booked it', async () => {
    const db = api.handle.db;
    const other = await createClientVia(bob, { displayName: 'Other', keyWorkerId: null });
    await db.update(cases).set({ leadCaseworkerId: bob.user.id }).where(eq(cases.id, other.caseId));
    await db.update(users).set({ phone: '020 7946 0002' }).where(eq(users.id, bob.user.id));
    const id = await insertAppointment(db, {
      personId: other.id,
      caseId: other.caseId,
      createdById: alice.user.id,
      startsAt: '2026-11-27T10:00',
      endsAt: '2026-11-27T11:00',
      volunteers: [{ userId: val.user.id, status: 'offered' }],
    });
    const get = async () => (await (await val.call()).accompaniments.get({ id })).caseworker;
    expect(await get()).toEqual({ displayName: 'Bob Other', phone: '020 7946 0002' });
    await db.update(cases).set({ leadCaseworkerId: null }).where(eq(cases.id, other.caseId));
    expect(await get()).toEqual({ displayName: 'Alice Key', phone: '020 7946 0001' });
  });
});

describe('the reach of a volunteer', () => {
  const verbs = {
    get: (b: TestBrowser, id: string) => b.call().then((c) => c.accompaniments.get({ id })),
    respond: (b: TestBrowser, id: string) =>
      b.call().then((c) => c.accompaniments.respond({ appointmentId: id, answer: 'accept' })),
    saveDraft: (b: TestBrowser, id: string) =>
      b.call().then((c) => c.accompaniments.saveDraft({ appointmentId: id, draft: { treatment: 'x' } })),
    fileReport: (b: TestBrowser, id: string) =>
      b.call().then((c) => c.accompaniments.fileReport({ appointmentId: id, report: report() })),
  };

  it.each([
    ['another volunteer’s appointment', () => appt.wes, 'not_assigned'],
    ['an appointment that does not exist', () => randomUUID(), 'not_assigned'],
    ['a declined appointment', () => appt.declined, 'declined'],
    ['an appointment whose report window has closed', () => appt.closed, 'window_closed'],
  ])('refuses %s to every verb, and audits each refusal', async (_what, idOf, reason) => {
    const id = idOf();
    for (const [verb, call] of Object.entries(verbs)) {
      await expect(call(val, id), verb).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'You do not have access to this.',
      });
    }
    const rows = await deniedRows(id);
    expect(rows.map((r) => r.details)).toEqual([
      { reason, verb: 'accompaniments.get' },
      { reason, verb: 'accompaniments.respond' },
      { reason, verb: 'accompaniments.save_draft' },
      { reason, verb: 'accompaniments.file_report' },
    ]);
    expect(rows.every((r) => r.outcome === 'denied' && r.actorUserId === val.user.id)).toBe(true);
    expect(rows.every((r) => r.entityType === 'appointment')).toBe(true);
    const written = await api.handle.db
      .select()
      .from(accompanimentReports)
      .where(eq(accompanimentReports.appointmentId, id));
    expect(written).toEqual([]);
    const [assignment] = await api.handle.db
      .select()
      .from(appointmentVolunteers)
      .where(and(eq(appointmentVolunteers.appointmentId, id), eq(appointmentVolunteers.userId, val.user.id)));
    if (assignment) expect(assignment.version).toBe(1);
  });

  it('refuses a volunteer the staff procedures: the case file, its records and appointments', async () => {
    const calls: [string, () => Promise<unknown>][] = [
      ['clients.get', async () => (await val.call()).clients.get({ id: client.id })],
      ['clients.list', async () => (await val.call()).clients.list({})],
      ['clients.timeline', async () => (await val.call()).clients.timeline({ personId: client.id })],
      [
        'cases.update',
        async () =>
          (await val.call()).cases.update({
            id: client.caseId,
            version: 1,
            status: 'open',
            leadCaseworkerId: null,
          }),
      ],
      [
        'matters.open',
        async () =>
          (await val.call()).matters.open({
            caseId: client.caseId,
            kind: 'nrm_referral',
            stage: 'referred',
            openedOn: '2026-11-20',
            details: {},
          }),
      ],
      ['communications.get', async () => (await val.call()).communications.get({ id: randomUUID() })],
      ['communications.list', async () => (await val.call()).communications.list({ personId: client.id })],
      ['appointments.get', async () => (await val.call()).appointments.get({ id: appt.upcoming })],
      ['appointments.counts', async () => (await val.call()).appointments.counts()],
    ];
    for (const [path, call] of calls) {
      await expect(call(), path).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const rows = await api.handle.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'access.denied'),
            eq(auditLog.actorUserId, val.user.id),
            eq(auditLog.entityId, path),
          ),
        );
      expect(rows, path).toHaveLength(1);
    }
  });

  it('signs out a volunteer who is deactivated: no session, so UNAUTHORIZED', async () => {
    const admin = await signedIn(api, { email: 'admin@x.test', isAdmin: true });
    const gone = await signedIn(api, { email: 'gone@x.test', role: 'volunteer' });
    const id = await appointmentFor(
      [{ userId: gone.user.id, status: 'accepted' }],
      ['2026-11-28T10:00', '2026-11-28T11:00'],
    );
    await expect((await gone.call()).accompaniments.get({ id })).resolves.toMatchObject({
      appointmentId: id,
    });
    await (
      await admin.call()
    ).users.setActive({ id: gone.user.id, version: gone.user.version, active: false });
    await expect((await gone.call()).accompaniments.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect((await gone.call()).accompaniments.get({ id })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const again = api.browser();
    await expect(
      (await again.call()).auth.signIn({ email: 'gone@x.test', password: TEST_PASSWORD }),
    ).rejects.toBeTruthy();
  });
});

describe('answering', () => {
  it('accepts, then declines with a reason before the start; a declined one leaves the view', async () => {
    const id = await appointmentFor(
      [{ userId: val.user.id, status: 'offered' }],
      ['2026-12-01T10:00', '2026-12-01T11:00'],
    );
    const accepted = await (await val.call()).accompaniments.respond({ appointmentId: id, answer: 'accept' });
    expect(accepted.assignment).toBe('accepted');
    const declined = await (
      await val.call()
    ).accompaniments.respond({ appointmentId: id, answer: 'decline', reason: 'I am unwell' });
    expect(declined.assignment).toBe('declined');
    const [row] = await api.handle.db
      .select()
      .from(appointmentVolunteers)
      .where(eq(appointmentVolunteers.appointmentId, id));
    expect(row).toMatchObject({ status: 'declined', declineReason: 'I am unwell', version: 3 });
    expect(row?.respondedAt?.toISOString()).toBe(api.clock.now.toISOString());
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accompaniments.respond'), eq(auditLog.entityId, id)))
      .orderBy(asc(auditLog.seq));
    expect(audits.map((a) => a.details)).toEqual([
      { answer: 'accept', from: 'offered', reasonGiven: false },
      { answer: 'decline', from: 'accepted', reasonGiven: true },
    ]);
    expect(JSON.stringify(audits)).not.toContain('unwell');
    await expect((await val.call()).accompaniments.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(ids((await (await val.call()).accompaniments.list()).upcoming)).not.toContain(id);
  });

  it('refuses declining an accepted appointment once it has started, and accepting a cancelled one', async () => {
    const messages = await expectBadField(
      (await val.call()).accompaniments.respond({ appointmentId: appt.toReport, answer: 'decline' }),
      'answer',
    );
    expect(messages[0]).toMatch(/already started/);
    await expectBadField(
      (await val.call()).accompaniments.respond({ appointmentId: appt.cancelled, answer: 'accept' }),
      'answer',
    );
    const rows = await api.handle.db
      .select({ status: appointmentVolunteers.status, version: appointmentVolunteers.version })
      .from(appointmentVolunteers)
      .where(eq(appointmentVolunteers.userId, val.user.id));
    expect(rows.filter((r) => r.version !== 1)).toHaveLength(1); // only the one answered above
  });
  it('refuses accepting once the appointment is over, with nothing written', async () => {
    // Asked for 19 Nov 09:00-10:00, never answered; the clock reads 23 Nov.
    const messages = await expectBadField(
      (await val.call()).accompaniments.respond({ appointmentId: appt.offeredPast, answer: 'accept' }),
      'answer',
    );
    expect(messages).toEqual([ANSWER_REFUSAL_MESSAGES.ended]);
    const [row] = await api.handle.db
      .select()
      .from(appointmentVolunteers)
      .where(
        and(
          eq(appointmentVolunteers.appointmentId, appt.offeredPast),
          eq(appointmentVolunteers.userId, val.user.id),
        ),
      );
    expect(row).toMatchObject({ status: 'offered', version: 1, respondedAt: null });
  });

  it('giving the same answer again changes nothing, and is audited as a read of the card', async () => {
    const rowsFor = (action: string) =>
      api.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.entityId, appt.upcoming)))
        .orderBy(asc(auditLog.seq));
    const readsBefore = (await rowsFor('accompaniments.read')).length;
    const card = await (
      await val.call()
    ).accompaniments.respond({ appointmentId: appt.upcoming, answer: 'accept' });
    expect(card).toMatchObject({ appointmentId: appt.upcoming, assignment: 'accepted' });
    const reads = await rowsFor('accompaniments.read');
    expect(reads).toHaveLength(readsBefore + 1);
    expect(reads.at(-1)).toMatchObject({ actorUserId: val.user.id, entityType: 'appointment' });
    expect(reads.at(-1)?.details).toEqual({ appointmentIds: [appt.upcoming], personIds: [client.id] });
    expect(await rowsFor('accompaniments.respond')).toEqual([]);
    const [row] = await api.handle.db
      .select()
      .from(appointmentVolunteers)
      .where(eq(appointmentVolunteers.appointmentId, appt.upcoming));
    expect(row?.version).toBe(1);
  });
});

describe('the report', () => {
  const nothingWritten = async (id: string) => {
    const db = api.handle.db;
    expect(
      await db.select().from(accompanimentReports).where(eq(accompanimentReports.appointmentId, id)),
    ).toEqual([]);
    expect(await db.select().from(timelineEvents).where(eq(timelineEvents.appointmentId, id))).toEqual([]);
    expect(
      await db.select().from(appointmentFollowUps).where(eq(appointmentFollowUps.appointmentId, id)),
    ).toEqual([]);
  };

  it('cannot be written before the appointment starts, nor unaccepted: 400 naming appointmentId', async () => {
    const early = await expectBadField(
      (await val.call()).accompaniments.fileReport({ appointmentId: appt.upcoming, report: report() }),
      'appointmentId',
    );
    expect(early).toEqual([REPORT_REFUSAL_MESSAGES.not_started]);
    await expectBadField(
      (await val.call()).accompaniments.saveDraft({
        appointmentId: appt.upcoming,
        draft: { treatment: 'x' },
      }),
      'appointmentId',
    );
    const unaccepted = await expectBadField(
      (await val.call()).accompaniments.saveDraft({ appointmentId: appt.offeredPast, draft: {} }),
      'appointmentId',
    );
    expect(unaccepted).toEqual([REPORT_REFUSAL_MESSAGES.not_accepted]);
    await nothingWritten(appt.upcoming);
    await nothingWritten(appt.offeredPast);
  });

  it('refuses oversized text, naming report.treatment, with nothing written', async () => {
    const error = await (
      await val.call()
    ).accompaniments
      .fileReport({ appointmentId: appt.toReport, report: report({ treatment: 'x'.repeat(5_001) }) })
      .then(
        () => null,
        (e: unknown) => e as { code: string; cause: ZodError },
      );
    expect(error?.code).toBe('BAD_REQUEST');
    // The browser gets "report.treatment: How the client was treated must be at most 5000 characters".
    expect(error?.cause).toBeInstanceOf(ZodError);
    expect(error?.cause.issues.map((i) => i.path.join('.'))).toEqual(['report.treatment']);
    await nothingWritten(appt.toReport);
  });

  it('keeps a draft for its volunteer across a reload and a second browser, and from nobody else', async () => {
    const draft = { outcome: 'attended' as const, treatment: 'Half written', hours: '2', minutes: '' };
    const saved = await (await val.call()).accompaniments.saveDraft({ appointmentId: appt.toReport, draft });
    expect(saved.savedAt).toBe(api.clock.now.toISOString());
    const reloaded = await (await val.call()).accompaniments.get({ id: appt.toReport });
    expect(reloaded.draft).toEqual(draft);
    expect(reloaded.report).toEqual({ status: 'draft', filedAt: null, draftSavedAt: saved.savedAt });
    const phone = await signInAgain('val@x.test');
    expect((await (await phone.call()).accompaniments.get({ id: appt.toReport })).draft).toEqual(draft);
    // A second save replaces the first.
    await (
      await phone.call()
    ).accompaniments.saveDraft({ appointmentId: appt.toReport, draft: { ...draft, treatment: 'More' } });
    expect((await (await val.call()).accompaniments.get({ id: appt.toReport })).draft?.treatment).toBe(
      'More',
    );
    // Staff never see a draft: not as a report of the appointment, not on My work.
    expect(
      await loadReportViews(api.handle.db, eq(accompanimentReports.appointmentId, appt.toReport)),
    ).toEqual([]);
    const work = await (await alice.call()).myWork.get({});
    expect(work.reports).toEqual([]);
    expect(work.reportFollowUps).toEqual([]);
    expect(JSON.stringify(work)).not.toContain('Half written');
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accompaniments.draft_started'), eq(auditLog.entityId, appt.toReport)));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain('More');
  });

  it('files the report: the timeline, the follow-ups and the caseworker’s My work, in one go', async () => {
    const filed = await (
      await val.call()
    ).accompaniments.fileReport({ appointmentId: appt.toReport, report: report() });
    expect(filed).toEqual({ filedAt: api.clock.now.toISOString(), followUps: 2 });
    const db = api.handle.db;
    const [row] = await db
      .select()
      .from(accompanimentReports)
      .where(eq(accompanimentReports.appointmentId, appt.toReport));
    expect(row).toMatchObject({
      status: 'filed',
      draft: null,
      outcome: 'attended',
      minutesSpent: 150,
      concerns: ['threatened_with_arrest'],
      volunteerId: val.user.id,
      personId: client.id,
    });
    const events = await db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.appointmentId, appt.toReport));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'accompaniment_report',
      personId: client.id,
      caseId: client.caseId,
      occurredOn: '2026-11-20',
      recordedById: val.user.id,
      note: 'Police interview or statement: attended. Concerns: threatened with arrest. 2 follow-ups.',
      details: { reportId: row?.id, outcome: 'attended', concerns: ['threatened_with_arrest'] },
    });
    const followUps = await db
      .select()
      .from(appointmentFollowUps)
      .where(eq(appointmentFollowUps.reportId, row?.id ?? ''));
    expect(followUps).toHaveLength(2);
    expect(followUps.every((f) => f.state === 'proposed' && f.caseId === client.caseId)).toBe(true);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'accompaniments.file_report'));
    expect(audit).toMatchObject({ entityType: 'person', entityId: client.id, actorUserId: val.user.id });
    expect(JSON.stringify(audit?.details)).not.toContain('Treated');

    const work = await (await alice.call()).myWork.get({});
    expect(work.reports).toEqual([
      {
        reportId: row?.id,
        appointmentId: appt.toReport,
        personId: client.id,
        clientDisplayName: 'Amira',
        appointmentType: 'police_interview',
        appointmentStartsAt: '2026-11-20T09:00:00.000Z',
        volunteer: { id: val.user.id, displayName: 'Val Volunteer' },
        outcome: 'attended',
        concerns: ['threatened_with_arrest'],
        filedAt: filed.filedAt,
        followUpsProposed: 2,
      },
    ]);
    expect(work.reportFollowUps.map((f) => f.description)).toEqual([
      'Ask the officer for the crime reference',
      'Check the interpreter was booked for next time',
    ]);
    expect(work.reportFollowUps[0]).toMatchObject({
      state: 'proposed',
      suggestedDue: '2026-11-27',
      volunteer: { id: val.user.id, displayName: 'Val Volunteer' },
      clientDisplayName: 'Amira',
      appointmentId: appt.toReport,
      decidedBy: null,
    });
    expect(work.counts.reportFollowUps).toBe(2);
    expect((await (await alice.call()).myWork.counts()).reportFollowUps).toBe(2);
    const [read] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'my_work.read'), eq(auditLog.actorUserId, alice.user.id)))
      .orderBy(asc(auditLog.seq));
    expect(read).toBeTruthy();
    const bobs = await (await bob.call()).myWork.get({});
    expect(bobs.reports).toEqual([]);
    expect(bobs.counts.reportFollowUps).toBe(0);

    // Seen by staff in full once filed; done for the volunteer, the draft gone.
    const views = await loadReportViews(db, eq(accompanimentReports.appointmentId, appt.toReport));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      treatment: 'Treated fairly, the interpreter was good.',
      minutesSpent: 150,
    });
    const card = await (await val.call()).accompaniments.get({ id: appt.toReport });
    expect(card).toMatchObject({
      draft: null,
      report: { status: 'filed', filedAt: filed.filedAt, draftSavedAt: null },
      reportRefusal: REPORT_REFUSAL_MESSAGES.already_filed,
    });
    const list = await (await val.call()).accompaniments.list();
    expect(ids(list.toReport)).toEqual([]);
    expect(ids(list.done)).toEqual([appt.toReport, appt.offeredPast]);
  });

  it('is filed once: a second filing or draft is refused with nothing written', async () => {
    const again = await expectBadField(
      (await val.call()).accompaniments.fileReport({ appointmentId: appt.toReport, report: report() }),
      'appointmentId',
    );
    expect(again).toEqual([REPORT_REFUSAL_MESSAGES.already_filed]);
    await expectBadField(
      (await val.call()).accompaniments.saveDraft({ appointmentId: appt.toReport, draft: {} }),
      'appointmentId',
    );
    const db = api.handle.db;
    expect(
      await db.select().from(timelineEvents).where(eq(timelineEvents.appointmentId, appt.toReport)),
    ).toHaveLength(1);
    expect(
      await db
        .select()
        .from(appointmentFollowUps)
        .where(eq(appointmentFollowUps.appointmentId, appt.toReport)),
    ).toHaveLength(2);
  });

  it('can report a cancelled appointment at once, without follow-ups', async () => {
    const id = await appointmentFor(
      [{ userId: val.user.id, status: 'accepted' }],
      ['2026-12-03T10:00', '2026-12-03T11:00'],
      {
        cancelled: true,
        type: 'home_office_reporting',
      },
    );
    const filed = await (
      await val.call()
    ).accompaniments.fileReport({
      appointmentId: id,
      report: report({ outcome: 'cancelled', concerns: [], followUps: [], minutesSpent: 40 }),
    });
    expect(filed.followUps).toBe(0);
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.appointmentId, id));
    expect(event?.note).toBe('Home Office reporting: cancelled.');
    expect(event?.occurredOn).toBe('2026-12-03');
  });
});

describe('the report on an archived client', () => {
  it('is refused, draft or filing, with nothing written; the card does not say why', async () => {
    const db = api.handle.db;
    const archived = await createClientVia(alice, { displayName: 'Rima', keyWorkerId: alice.user.id });
    const id = await insertAppointment(db, {
      personId: archived.id,
      caseId: archived.caseId,
      createdById: alice.user.id,
      startsAt: '2026-11-21T10:00',
      endsAt: '2026-11-21T11:00',
      volunteers: [{ userId: val.user.id, status: 'accepted' }],
    });
    await db.update(people).set({ archivedAt: api.clock.now }).where(eq(people.id, archived.id));
    const card = await (await val.call()).accompaniments.get({ id });
    expect(card).toMatchObject({ appointmentId: id, reportRefusal: null });
    expect(JSON.stringify(card)).not.toMatch(/archived/i);
    const refusals = [
      await expectBadField(
        (await val.call()).accompaniments.saveDraft({ appointmentId: id, draft: { treatment: 'x' } }),
        'appointmentId',
      ),
      await expectBadField(
        (await val.call()).accompaniments.fileReport({ appointmentId: id, report: report() }),
        'appointmentId',
      ),
    ];
    expect(refusals).toEqual([[ARCHIVED_CLIENT_REPORT_MESSAGE], [ARCHIVED_CLIENT_REPORT_MESSAGE]]);
    expect(
      await db.select().from(accompanimentReports).where(eq(accompanimentReports.appointmentId, id)),
    ).toEqual([]);
    expect(await db.select().from(timelineEvents).where(eq(timelineEvents.appointmentId, id))).toEqual([]);
    expect(
      await db.select().from(appointmentFollowUps).where(eq(appointmentFollowUps.appointmentId, id)),
    ).toEqual([]);
    const [person] = await db.select().from(people).where(eq(people.id, archived.id));
    expect(person?.version).toBe(1);
  });
});

// Last: moving the clock ends the sessions signed in before.
describe('the report window', () => {
  it('closes 7 days after the end: listed and reachable until then, refused and audited after', async () => {
    // appt.toReport ended 20 Nov 11:00.
    api.clock.now = new Date('2026-11-27T10:59:00Z');
    let browser = await signInAgain('val@x.test');
    expect(ids((await (await browser.call()).accompaniments.list()).done)).toContain(appt.toReport);
    await expect((await browser.call()).accompaniments.get({ id: appt.toReport })).resolves.toMatchObject({
      reportWindowEnds: '2026-11-27T11:00:00.000Z',
    });
    api.clock.now = new Date('2026-11-27T11:01:00Z');
    browser = await signInAgain('val@x.test');
    expect(ids((await (await browser.call()).accompaniments.list()).done)).not.toContain(appt.toReport);
    await expect((await browser.call()).accompaniments.get({ id: appt.toReport })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const rows = await deniedRows(appt.toReport);
    expect(rows.at(-1)?.details).toEqual({ reason: 'window_closed', verb: 'accompaniments.get' });
    // A person row is never changed by a volunteer.
    const [person] = await api.handle.db.select().from(people).where(eq(people.id, client.id));
    expect(person?.version).toBe(1);
  });
});
