import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  appointmentVolunteers,
  auditLog,
  deadlines,
  timelineEvents,
  users,
  type UserRow,
} from '@umbrella/db';
import { createTeam, createUser } from '@umbrella/db/testing';
import type { createAppointmentInput, updateAppointmentInput } from '@umbrella/domain';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RESTRICTED_MESSAGE } from '../access/client-record.ts';
import { createClientVia, type OpenMatterInput } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { VOLUNTEERS_MAX } from './find-volunteers.ts';
import { REPORTED_MESSAGE } from './update-appointment.ts';
import type { AppointmentView } from './views.ts';

type CreateInput = z.input<typeof createAppointmentInput>;

let api: TestApi;
let cw: SignedIn; // Casey: key worker of `client`, lead caseworker of `ledClient`, on the North team
let other: SignedIn; // Otto: another caseworker, on no team
let sup: SignedIn;
let vol: SignedIn;
let client: { id: string; caseId: string };
let ledClient: { id: string; caseId: string };
let othersClient: { id: string; caseId: string };
let restricted: { id: string; caseId: string };
let supsClient: { id: string; caseId: string };

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026, 10:00 (London = UTC in winter)
  cw = await signedIn(api, { email: 'casey@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  other = await signedIn(api, { email: 'otto@x.test', role: 'caseworker', displayName: 'Otto Other' });
  sup = await signedIn(api, { email: 'sue@x.test', role: 'supervisor', displayName: 'Sue Pervisor' });
  vol = await signedIn(api, { email: 'vera@x.test', role: 'volunteer', displayName: 'Vera Volunteer' });
  const team = await createTeam(api.handle.db, { name: 'North', memberIds: [cw.user.id] });
  client = await createClientVia(cw, {
    displayName: 'Amina Client',
    keyWorkerId: cw.user.id,
    languages: ['Tigrinya', 'Arabic'],
  });
  ledClient = await createClientVia(other, { displayName: 'Lead Client' });
  const file = await (await other.call()).clients.get({ id: ledClient.id });
  // Naming a lead caseworker is a supervisor's decision.
  await (
    await sup.call()
  ).cases.update({
    id: file.case.id,
    version: file.case.version,
    status: 'open',
    leadCaseworkerId: cw.user.id,
  });
  othersClient = await createClientVia(other, { displayName: 'Otto’s Client', keyWorkerId: other.user.id });
  restricted = await createClientVia(cw, {
    displayName: 'Restricted Rana',
    restricted: true,
    teamId: team.id,
    keyWorkerId: cw.user.id,
  });
  supsClient = await createClientVia(sup, { displayName: 'Sue’s Client', keyWorkerId: sup.user.id });
});
afterAll(async () => {
  await api.close();
});

/** A volunteer who is not signed in, with what they speak and when they are free. */
async function volunteer(
  displayName: string,
  profile: { languages?: string[]; availability?: string[]; active?: boolean } = {},
): Promise<UserRow> {
  const user = await createUser(api.handle.db, {
    role: 'volunteer',
    displayName,
    active: profile.active ?? true,
  });
  await api.handle.db
    .update(users)
    .set({ languages: profile.languages ?? [], availability: profile.availability ?? [] })
    .where(eq(users.id, user.id));
  return user;
}

const input = (personId: string, overrides: Partial<CreateInput> = {}): CreateInput => ({
  personId,
  type: 'police_interview',
  startsAt: '2026-12-01T14:00',
  endsAt: '2026-12-01T16:00',
  place: 'Croydon Police Station, 71 Park Lane',
  area: 'Croydon',
  ...overrides,
});

/** The form of an appointment as the edit screen sends it back. */
const editable = (a: AppointmentView) => ({ ...a, startsAt: a.startsAtLocal, endsAt: a.endsAtLocal });

const create = async (who: SignedIn, personId: string, overrides: Partial<CreateInput> = {}) =>
  (await who.call()).appointments.create(input(personId, overrides));

const rowCounts = async () => ({
  appointments: Number((await api.handle.db.select({ n: count() }).from(appointments))[0]?.n),
  volunteers: Number((await api.handle.db.select({ n: count() }).from(appointmentVolunteers))[0]?.n),
});

const auditRows = (action: string) =>
  api.handle.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.seq));

const setAssignment = (appointmentId: string, userId: string, status: 'accepted' | 'declined') =>
  api.handle.db
    .update(appointmentVolunteers)
    .set({ status, respondedAt: api.clock.now })
    .where(
      and(eq(appointmentVolunteers.appointmentId, appointmentId), eq(appointmentVolunteers.userId, userId)),
    );

describe('creating an appointment', () => {
  it('books it on the client’s case file with the volunteers asked, and audits ids only', async () => {
    const amir = await volunteer('Amir Volunteer');
    const matter = await (
      await cw.call()
    ).matters.open({
      caseId: client.caseId,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    } as OpenMatterInput);
    const created = await create(cw, client.id, {
      matterId: matter.id,
      meetingPoint: 'Outside the front entrance',
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
      notesForVolunteer: 'She prefers to be met outside.',
      volunteerIds: [amir.id, vol.user.id],
    });
    expect(created).toMatchObject({
      version: 1,
      personId: client.id,
      clientDisplayName: 'Amina Client',
      caseId: client.caseId,
      matterId: matter.id,
      matterKind: 'police_report',
      type: 'police_interview',
      startsAt: '2026-12-01T14:00:00.000Z',
      endsAt: '2026-12-01T16:00:00.000Z',
      startsAtLocal: '2026-12-01T14:00',
      endsAtLocal: '2026-12-01T16:00',
      place: 'Croydon Police Station, 71 Park Lane',
      area: 'Croydon',
      meetingPoint: 'Outside the front entrance',
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
      interpreterBooked: false,
      accompanimentNeeded: true,
      status: 'scheduled',
      cancelledReason: null,
      linkedMatterDate: null,
      // Asked, nobody has accepted yet: still flagged.
      unassigned: true,
      reportsFiled: 0,
      createdBy: { id: cw.user.id, displayName: 'Casey Worker' },
    });
    expect(created.volunteers.map((v) => [v.displayName, v.status, v.respondedAt])).toEqual([
      ['Amir Volunteer', 'offered', null],
      ['Vera Volunteer', 'offered', null],
    ]);
    const asked = await api.handle.db
      .select()
      .from(appointmentVolunteers)
      .where(eq(appointmentVolunteers.appointmentId, created.id));
    expect(asked.every((a) => a.assignedById === cw.user.id)).toBe(true);
    const [audit] = (await auditRows('appointments.create')).filter(
      (r) => r.details.appointmentId === created.id,
    );
    expect(audit).toMatchObject({
      actorUserId: cw.user.id,
      outcome: 'success',
      entityType: 'person',
      entityId: client.id,
    });
    expect(audit?.details).toEqual({
      appointmentId: created.id,
      matterId: matter.id,
      volunteerIds: [amir.id, vol.user.id],
    });
    expect(JSON.stringify(audit?.details)).not.toMatch(/Croydon|outside|Tigrinya/i);
  });

  it('keeps times as instants and shows them in London time (summer time too)', async () => {
    const created = await create(cw, client.id, {
      startsAt: '2027-07-05T09:30',
      endsAt: '2027-07-05T11:00',
    });
    expect(created).toMatchObject({
      startsAt: '2027-07-05T08:30:00.000Z',
      endsAt: '2027-07-05T10:00:00.000Z',
      startsAtLocal: '2027-07-05T09:30',
      endsAtLocal: '2027-07-05T11:00',
    });
  });

  it('refuses bad inputs with a message on the field, and writes nothing', async () => {
    const caseworker = await createUser(api.handle.db, { role: 'caseworker' });
    const gone = await volunteer('Gone Volunteer', { active: false });
    const othersMatter = await (
      await other.call()
    ).matters.open({
      caseId: othersClient.caseId,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    } as OpenMatterInput);
    const before = await rowCounts();
    const deniedBefore = (await auditRows('appointments.create')).length;
    const refusals: [string, Partial<CreateInput>, RegExp][] = [
      ['endsAt', { endsAt: '2026-12-01T13:00' }, /end must be after the start/],
      ['endsAt', { endsAt: '2026-12-01T14:00' }, /end must be after the start/],
      ['endsAt', { endsAt: '2026-12-03T14:00' }, /at most 24 hours/],
      // The spring's missing hour: 01:30 does not exist, and is read as 02:30, after the end at 02:15.
      ['endsAt', { startsAt: '2027-03-28T01:30', endsAt: '2027-03-28T02:15' }, /end must be after/],
      ['startsAt', { startsAt: '2026-12-01 14:00' }, /date and time/],
      ['volunteerIds', { volunteerIds: ['6b1f2d4e-2f0a-4c3e-9d55-1a2b3c4d5e6f'] }, /from the list/],
      ['volunteerIds', { volunteerIds: [caseworker.id] }, /from the list/],
      ['volunteerIds', { volunteerIds: [gone.id] }, /from the list/],
      ['volunteerIds', { volunteerIds: [vol.user.id, vol.user.id] }, /listed twice/],
      ['volunteerIds', { volunteerIds: [vol.user.id], accompanimentNeeded: false }, /accompaniment needed/],
      ['matterId', { matterId: othersMatter.id }, /not on this client/],
      ['notesForVolunteer', { notesForVolunteer: 'x'.repeat(2_001) }, /at most 2000 characters/],
      ['place', { place: 'x'.repeat(301) }, /at most 300 characters/],
      ['place', { place: '   ' }, /.+/],
      ['type', { type: 'picnic' as CreateInput['type'] }, /what kind/],
      ['interpreterBooked', { interpreterBooked: true }, /interpreter needed/],
    ];
    for (const [field, overrides, message] of refusals) {
      const messages = await expectBadField(create(cw, client.id, overrides), field);
      expect(messages.join(' ')).toMatch(message);
    }
    expect(await rowCounts()).toEqual(before);
    expect((await auditRows('appointments.create')).length).toBe(deniedBefore);
  });

  it('links a tribunal hearing or a conference held on the matter’s own date (the London date)', async () => {
    const asylum = await (
      await cw.call()
    ).matters.open({
      caseId: client.caseId,
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-10-01',
      details: { hearingDate: '2027-06-10' },
    } as OpenMatterInput);
    const social = await (
      await cw.call()
    ).matters.open({
      caseId: client.caseId,
      kind: 'social_services',
      stage: 'assessment',
      openedOn: '2026-10-01',
      details: { initialConferenceDate: '2026-12-02', reviewConferenceDate: '2027-02-03' },
    } as OpenMatterInput);
    // 00:30 in London on 10 June is still 9 June in UTC: the London date is the one compared.
    const hearing = await create(cw, client.id, {
      type: 'tribunal_hearing',
      matterId: asylum.id,
      startsAt: '2027-06-10T00:30',
      endsAt: '2027-06-10T02:00',
    });
    expect(hearing).toMatchObject({ linkedMatterDate: 'hearingDate', startsAt: '2027-06-09T23:30:00.000Z' });
    const dayBefore = await create(cw, client.id, {
      type: 'tribunal_hearing',
      matterId: asylum.id,
      startsAt: '2027-06-09T23:30',
      endsAt: '2027-06-09T23:59',
    });
    expect(dayBefore.linkedMatterDate).toBeNull();
    const notAHearing = await create(cw, client.id, {
      type: 'solicitor',
      matterId: asylum.id,
      startsAt: '2027-06-10T10:00',
      endsAt: '2027-06-10T11:00',
    });
    expect(notAHearing.linkedMatterDate).toBeNull();
    const review = await create(cw, client.id, {
      type: 'child_protection_conference',
      matterId: social.id,
      startsAt: '2027-02-03T10:00',
      endsAt: '2027-02-03T12:00',
    });
    expect(review.linkedMatterDate).toBe('reviewConferenceDate');
    const initial = await create(cw, client.id, {
      type: 'child_protection_conference',
      matterId: social.id,
      startsAt: '2026-12-02T10:00',
      endsAt: '2026-12-02T12:00',
    });
    expect(initial.linkedMatterDate).toBe('initialConferenceDate');
    // Moved off the date: no longer linked.
    const moved = await (
      await cw.call()
    ).appointments.update({
      ...editable(initial),
      startsAt: '2026-12-04T10:00',
      endsAt: '2026-12-04T12:00',
    });
    expect(moved).toMatchObject({ linkedMatterDate: null, version: 2 });
  });

  it('refuses a restricted client outside the caller’s team, audits the refusal, writes nothing', async () => {
    const before = await rowCounts();
    await expect(create(other, restricted.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: RESTRICTED_MESSAGE,
    });
    expect(await rowCounts()).toEqual(before);
    const denied = (await auditRows('appointments.create')).filter((r) => r.outcome === 'denied');
    expect(denied).toMatchObject([
      { actorUserId: other.user.id, entityType: 'person', entityId: restricted.id },
    ]);
    // The team may.
    const ok = await create(cw, restricted.id, { startsAt: '2026-12-02T09:00', endsAt: '2026-12-02T10:00' });
    expect(ok.clientDisplayName).toBe('Restricted Rana');
    // And nobody outside it can read or change it either, each refusal audited.
    const call = await other.call();
    const attempts: [string, () => Promise<unknown>][] = [
      ['appointments.read', () => call.appointments.get({ id: ok.id })],
      ['appointments.read', () => call.appointments.listForClient({ personId: restricted.id })],
      ['appointments.update', () => call.appointments.update({ ...editable(ok), place: 'Elsewhere' })],
      [
        'appointments.cancel',
        () => call.appointments.cancel({ id: ok.id, version: ok.version, reason: 'x' }),
      ],
      [
        'appointments.assign',
        () => call.appointments.assignVolunteers({ id: ok.id, version: ok.version, volunteerIds: [] }),
      ],
      ['appointments.find_volunteers', () => call.appointments.findVolunteers({ appointmentId: ok.id })],
    ];
    const seqBefore = (await api.handle.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]
      ?.seq;
    for (const [, attempt] of attempts) {
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });
    }
    const refused = (
      await api.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.outcome, 'denied'), eq(auditLog.entityId, restricted.id)))
        .orderBy(asc(auditLog.seq))
    ).filter((r) => r.seq > (seqBefore ?? 0));
    expect(refused.map((r) => r.action)).toEqual(attempts.map(([action]) => action));
    expect(await (await sup.call()).appointments.get({ id: ok.id })).toMatchObject({
      appointment: { id: ok.id, place: ok.place },
    });
  });

  it('refuses volunteers every staff verb (their role does not reach them)', async () => {
    const booked = await create(cw, client.id, { startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T10:00' });
    const call = await vol.call();
    const attempts: (() => Promise<unknown>)[] = [
      () => call.appointments.get({ id: booked.id }),
      () => call.appointments.listForClient({ personId: client.id }),
      () => call.appointments.agenda({ date: '2026-12-01' }),
      () => call.appointments.findVolunteers({ appointmentId: booked.id }),
      () => call.appointments.create(input(client.id)),
      () => call.appointments.update(editable(booked)),
      () => call.appointments.cancel({ id: booked.id, version: 1, reason: 'x' }),
      () => call.appointments.assignVolunteers({ id: booked.id, version: 1, volunteerIds: [vol.user.id] }),
      () => call.appointments.confirmFollowUp({ id: booked.id, version: 1, title: 'x', due: '2026-12-10' }),
      () => call.appointments.dismissFollowUp({ id: booked.id, version: 1, reason: 'x' }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'You do not have access to this.',
      });
    }
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, vol.user.id), eq(auditLog.action, 'access.denied')));
    expect(denied.length).toBe(attempts.length);
    expect(denied.every((r) => r.entityId?.startsWith('appointments.'))).toBe(true);
  });
});

describe('changing an appointment', () => {
  it('updates with the version read, audits the field names only, and refuses a stale version', async () => {
    const booked = await create(cw, client.id, { startsAt: '2026-12-04T09:00', endsAt: '2026-12-04T10:00' });
    const updated = await (
      await cw.call()
    ).appointments.update({
      ...editable(booked),
      place: 'Lunar House, 40 Wellesley Road',
      interpreterNeeded: true,
      interpreterLanguage: 'Arabic',
      interpreterBooked: true,
    });
    expect(updated).toMatchObject({
      version: 2,
      place: 'Lunar House, 40 Wellesley Road',
      interpreterLanguage: 'Arabic',
      interpreterBooked: true,
    });
    const [audit] = (await auditRows('appointments.update')).filter(
      (r) => r.details.appointmentId === booked.id,
    );
    expect(audit?.details).toEqual({
      appointmentId: booked.id,
      fields: ['place', 'interpreterNeeded', 'interpreterLanguage', 'interpreterBooked'],
    });
    // Saving the same again changes nothing and keeps the version.
    expect((await (await cw.call()).appointments.update(editable(updated))).version).toBe(2);
    await expect(
      (await other.call()).appointments.update({ ...editable(booked), place: 'Stale' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      (await cw.call()).appointments.update({
        ...editable(updated),
        id: '6b1f2d4e-2f0a-4c3e-9d55-1a2b3c4d5e6f',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [row] = await api.handle.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row).toMatchObject({ version: 2, place: 'Lunar House, 40 Wellesley Road' });
  });

  it('refuses untick “accompaniment needed” while volunteers are still asked', async () => {
    const booked = await create(cw, client.id, {
      startsAt: '2026-12-04T11:00',
      endsAt: '2026-12-04T12:00',
      volunteerIds: [vol.user.id],
    });
    await expectBadField(
      (await cw.call()).appointments.update({ ...editable(booked), accompanimentNeeded: false }),
      'accompanimentNeeded',
    );
  });

  it('cancels with a reason; a cancelled appointment is no longer changed nor flagged', async () => {
    const booked = await create(cw, client.id, { startsAt: '2026-12-04T13:00', endsAt: '2026-12-04T14:00' });
    await expectBadField(
      (await cw.call()).appointments.cancel({ id: booked.id, version: booked.version, reason: '  ' }),
      'reason',
    );
    const cancelled = await (
      await cw.call()
    ).appointments.cancel({
      id: booked.id,
      version: booked.version,
      reason: 'The interview was postponed by the police.',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'The interview was postponed by the police.',
      version: 2,
      unassigned: false,
    });
    const [row] = await api.handle.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row?.cancelledAt?.toISOString()).toBe(api.clock.now.toISOString());
    const [audit] = (await auditRows('appointments.cancel')).filter(
      (r) => r.details.appointmentId === booked.id,
    );
    expect(audit?.details).toEqual({ appointmentId: booked.id });
    await expect(
      (await cw.call()).appointments.cancel({ id: booked.id, version: 1, reason: 'Again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      (await cw.call()).appointments.cancel({ id: booked.id, version: 2, reason: 'Again' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      (await cw.call()).appointments.update({ ...editable(cancelled), place: 'Moved' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /cancelled/ });
    await expectBadField(
      (await cw.call()).appointments.assignVolunteers({
        id: booked.id,
        version: 2,
        volunteerIds: [vol.user.id],
      }),
      'volunteerIds',
    );
  });
});

describe('assigning volunteers', () => {
  it('asks new names, keeps answers, takes off names left out (even accepted), and audits ids', async () => {
    const [a, b, c] = [await volunteer('Ada'), await volunteer('Ben'), await volunteer('Cy')];
    const booked = await create(cw, client.id, { startsAt: '2026-12-05T10:00', endsAt: '2026-12-05T12:00' });
    const assign = async (version: number, volunteerIds: string[]) =>
      (await cw.call()).appointments.assignVolunteers({ id: booked.id, version, volunteerIds });
    let view = await assign(1, [a.id, b.id]);
    expect(view.version).toBe(2);
    expect(view.volunteers.map((v) => [v.displayName, v.status])).toEqual([
      ['Ada', 'offered'],
      ['Ben', 'offered'],
    ]);
    expect(view.unassigned).toBe(true);
    await setAssignment(booked.id, a.id, 'accepted');
    view = (await (await cw.call()).appointments.get({ id: booked.id })).appointment;
    expect(view.unassigned).toBe(false);
    // Ben is replaced by Cy; Ada keeps her answer.
    view = await assign(2, [a.id, c.id]);
    expect(view.version).toBe(3);
    expect(view.volunteers.map((v) => [v.displayName, v.status])).toEqual([
      ['Ada', 'accepted'],
      ['Cy', 'offered'],
    ]);
    // Reassignment: Ada, though she accepted, is taken off.
    view = await assign(3, [c.id]);
    expect(view.volunteers.map((v) => [v.displayName, v.status])).toEqual([['Cy', 'offered']]);
    expect(view.unassigned).toBe(true);
    // The same list again changes nothing.
    expect((await assign(4, [c.id])).version).toBe(4);
    const audits = (await auditRows('appointments.assign')).filter(
      (r) => r.details.appointmentId === booked.id,
    );
    expect(audits.map((r) => r.details)).toEqual([
      { appointmentId: booked.id, added: [a.id, b.id], removed: [] },
      { appointmentId: booked.id, added: [c.id], removed: [b.id] },
      { appointmentId: booked.id, added: [], removed: [a.id] },
    ]);
    await expect(assign(2, [a.id])).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses anyone but an active volunteer, and an appointment that has ended, writing nothing', async () => {
    const booked = await create(cw, client.id, { startsAt: '2026-12-05T13:00', endsAt: '2026-12-05T14:00' });
    const before = await rowCounts();
    const assign = async (volunteerIds: string[]) =>
      (await cw.call()).appointments.assignVolunteers({ id: booked.id, version: 1, volunteerIds });
    await expectBadField(assign([cw.user.id]), 'volunteerIds');
    await expectBadField(assign([vol.user.id, '6b1f2d4e-2f0a-4c3e-9d55-1a2b3c4d5e6f']), 'volunteerIds');
    await expectBadField(assign([(await volunteer('Retired', { active: false })).id]), 'volunteerIds');
    expect(await rowCounts()).toEqual(before);
    const past = await create(cw, client.id, { startsAt: '2026-11-20T10:00', endsAt: '2026-11-20T11:00' });
    const messages = await expectBadField(
      (await cw.call()).appointments.assignVolunteers({
        id: past.id,
        version: 1,
        volunteerIds: [vol.user.id],
      }),
      'volunteerIds',
    );
    expect(messages[0]).toMatch(/ended/);
    const [row] = await api.handle.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row?.version).toBe(1);
  });
  it('takes a volunteer off with their draft report; a filed report stays', async () => {
    const [dana, finn] = [await volunteer('Dana Drafter'), await volunteer('Finn Filer')];
    // 09:00 to 12:00 today: under way (the clock reads 10:00), so reports can be written.
    const booked = await create(cw, client.id, {
      startsAt: '2026-11-23T09:00',
      endsAt: '2026-11-23T12:00',
      volunteerIds: [dana.id, finn.id],
    });
    await setAssignment(booked.id, dana.id, 'accepted');
    await setAssignment(booked.id, finn.id, 'accepted');
    await api.handle.db.insert(accompanimentReports).values([
      {
        appointmentId: booked.id,
        volunteerId: dana.id,
        personId: client.id,
        status: 'draft',
        draft: { treatment: 'Half written' },
      },
      {
        appointmentId: booked.id,
        volunteerId: finn.id,
        personId: client.id,
        status: 'filed',
        outcome: 'attended',
        minutesSpent: 60,
        filedAt: api.clock.now,
      },
    ]);
    const view = await (
      await cw.call()
    ).appointments.assignVolunteers({ id: booked.id, version: 1, volunteerIds: [] });
    expect(view).toMatchObject({ volunteers: [], reportsFiled: 1 });
    const left = await api.handle.db
      .select({ volunteerId: accompanimentReports.volunteerId, status: accompanimentReports.status })
      .from(accompanimentReports)
      .where(eq(accompanimentReports.appointmentId, booked.id));
    expect(left).toEqual([{ volunteerId: finn.id, status: 'filed' }]);
  });

  it('counts only an active volunteer’s acceptance: a deactivated one’s still needs someone', async () => {
    const leaving = await volunteer('Leaving Lou');
    const booked = await create(cw, client.id, {
      startsAt: '2027-01-12T10:00',
      endsAt: '2027-01-12T11:00',
      volunteerIds: [leaving.id],
    });
    await setAssignment(booked.id, leaving.id, 'accepted');
    const get = async () => (await (await cw.call()).appointments.get({ id: booked.id })).appointment;
    const stillNeeding = async () =>
      (await cw.call()).appointments.agenda({
        date: '2027-01-12',
        span: 'day',
        scope: 'mine',
        unassignedOnly: true,
      });
    expect(await get()).toMatchObject({
      unassigned: false,
      volunteers: [{ id: leaving.id, status: 'accepted', active: true }],
    });
    expect((await stillNeeding()).days[0]?.appointments).toEqual([]);
    await api.handle.db.update(users).set({ active: false }).where(eq(users.id, leaving.id));
    expect(await get()).toMatchObject({
      unassigned: true,
      volunteers: [{ id: leaving.id, status: 'accepted', active: false }],
    });
    const agenda = await stillNeeding();
    expect(agenda.days[0]?.appointments.map((a) => a.id)).toEqual([booked.id]);
    expect(agenda.unassigned).toBe(1);
  });
});

describe('a client’s appointments', () => {
  it('lists those to come soonest first and past ones latest first, a page at a time, audited', async () => {
    const person = await createClientVia(cw, { displayName: 'Paging Client', keyWorkerId: cw.user.id });
    const soon = await create(cw, person.id, { startsAt: '2026-11-25T10:00', endsAt: '2026-11-25T11:00' });
    const later = await create(cw, person.id, { startsAt: '2026-11-24T10:00', endsAt: '2026-11-24T11:00' });
    // Started but not yet ended: still "upcoming".
    const now = await create(cw, person.id, { startsAt: '2026-11-23T09:30', endsAt: '2026-11-23T10:30' });
    const past: string[] = [];
    for (let day = 1; day <= 22; day += 1) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      past.push((await create(cw, person.id, { startsAt: `${date}T10:00`, endsAt: `${date}T11:00` })).id);
    }
    const list = async (cursor?: string) =>
      (await cw.call()).appointments.listForClient({ personId: person.id, cursor });
    const first = await list();
    expect(first.upcoming.map((a) => a.id)).toEqual([now.id, later.id, soon.id]);
    expect(first.past.map((a) => a.id)).toEqual(past.slice(2).reverse());
    expect(first.nextCursor).not.toBeNull();
    const second = await list(first.nextCursor ?? '');
    expect(second).toMatchObject({ upcoming: [], nextCursor: null });
    expect(second.past.map((a) => a.id)).toEqual([past[1], past[0]]);
    await expectBadField(list('not-a-cursor'), 'cursor');
    // A cursor naming another client's appointment is refused too.
    const elsewhere = await create(cw, client.id, {
      startsAt: '2026-10-01T10:00',
      endsAt: '2026-10-01T11:00',
    });
    await expectBadField(list(Buffer.from(elsewhere.id).toString('base64url')), 'cursor');
    const reads = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, person.id)));
    expect(reads.filter((r) => r.details.view === 'appointments').length).toBe(2);
  });
});

describe('the agenda', () => {
  // The week of Mon 7 Dec 2026 is kept for these tests alone.
  let ids: Record<string, string>;
  beforeAll(async () => {
    const helper = await volunteer('Agenda Helper');
    const make = async (who: SignedIn, personId: string, startsAt: string, endsAt: string, extra = {}) =>
      (await create(who, personId, { startsAt, endsAt, ...extra })).id;
    ids = {
      tuesday: await make(cw, client.id, '2026-12-08T14:00', '2026-12-08T15:00'),
      thursday: await make(cw, client.id, '2026-12-10T09:00', '2026-12-10T10:00', {
        volunteerIds: [helper.id],
      }),
      noneNeeded: await make(cw, client.id, '2026-12-10T11:00', '2026-12-10T12:00', {
        accompanimentNeeded: false,
      }),
      led: await make(other, ledClient.id, '2026-12-09T10:00', '2026-12-09T11:00'),
      others: await make(other, othersClient.id, '2026-12-09T12:00', '2026-12-09T13:00'),
      restricted: await make(cw, restricted.id, '2026-12-11T10:00', '2026-12-11T11:00'),
      sundayLate: await make(cw, client.id, '2026-12-13T23:30', '2026-12-13T23:59'),
      nextMonday: await make(cw, client.id, '2026-12-14T00:00', '2026-12-14T01:00'),
      previousSunday: await make(cw, client.id, '2026-12-06T23:00', '2026-12-06T23:30'),
      sups: await make(sup, supsClient.id, '2026-12-12T10:00', '2026-12-12T11:00'),
    };
    await setAssignment(ids.thursday ?? '', helper.id, 'accepted');
  });

  const agenda = async (
    who: SignedIn,
    rest: { date?: string; span?: 'day' | 'week'; scope?: 'mine' | 'all'; unassignedOnly?: boolean } = {},
  ) => (await who.call()).appointments.agenda({ date: '2026-12-09', ...rest });
  const idsByDay = (a: Awaited<ReturnType<typeof agenda>>) =>
    Object.fromEntries(a.days.map((d) => [d.date, d.appointments.map((x) => x.id)]));

  it('shows my clients’ week day by day, Monday to Sunday, empty days included', async () => {
    const week = await agenda(cw);
    expect(week).toMatchObject({ from: '2026-12-07', to: '2026-12-13', truncated: false });
    expect(idsByDay(week)).toEqual({
      '2026-12-07': [],
      '2026-12-08': [ids.tuesday],
      '2026-12-09': [ids.led],
      '2026-12-10': [ids.thursday, ids.noneNeeded],
      '2026-12-11': [ids.restricted],
      '2026-12-12': [],
      '2026-12-13': [ids.sundayLate],
    });
    // Tuesday, the led client's, the restricted one and Sunday's still need someone; Thursday's has a helper.
    expect(week.unassigned).toBe(4);
    const flagged = week.days.flatMap((d) => d.appointments.filter((a) => a.unassigned).map((a) => a.id));
    expect(flagged.sort()).toEqual([ids.tuesday, ids.led, ids.restricted, ids.sundayLate].sort());
  });

  it('a day, all clients I may open, and only those still needing a volunteer', async () => {
    const day = await agenda(cw, { span: 'day', scope: 'all' });
    expect(day).toMatchObject({ from: '2026-12-09', to: '2026-12-09' });
    expect(idsByDay(day)).toEqual({ '2026-12-09': [ids.led, ids.others] });
    const unassigned = await agenda(cw, { scope: 'all', unassignedOnly: true });
    expect(unassigned.days.flatMap((d) => d.appointments.map((a) => a.id)).sort()).toEqual(
      [ids.tuesday, ids.led, ids.others, ids.restricted, ids.sundayLate, ids.sups].sort(),
    );
    expect(unassigned.unassigned).toBe(6);
    // Otto sees his own, and with "all" every client but the restricted one.
    expect(idsByDay(await agenda(other))['2026-12-09']).toEqual([ids.others]);
    const all = (await agenda(other, { scope: 'all' })).days.flatMap((d) => d.appointments.map((a) => a.id));
    expect(all).not.toContain(ids.restricted);
    expect(all).toContain(ids.tuesday);
  });

  it('a supervisor’s “mine” is their own clients; “all” is everyone’s', async () => {
    const mine = (await agenda(sup)).days.flatMap((d) => d.appointments.map((a) => a.id));
    expect(mine).toEqual([ids.sups]);
    const all = (await agenda(sup, { scope: 'all' })).days.flatMap((d) => d.appointments.map((a) => a.id));
    expect(all).toHaveLength(8);
    expect(all).toContain(ids.restricted);
    expect(all).not.toContain(ids.nextMonday);
    expect(all).not.toContain(ids.previousSunday);
  });

  it('takes London days in summer time, and audits the clients shown in one row', async () => {
    const person = await createClientVia(cw, { displayName: 'Summer Client', keyWorkerId: cw.user.id });
    // 00:30 on Monday 14 June in London is 23:30 on Sunday in UTC.
    const early = await create(cw, person.id, { startsAt: '2027-06-14T00:30', endsAt: '2027-06-14T01:30' });
    const late = await create(cw, person.id, { startsAt: '2027-06-13T23:30', endsAt: '2027-06-13T23:45' });
    const week = await agenda(cw, { date: '2027-06-16' });
    expect(week.from).toBe('2027-06-14');
    expect(week.days[0]?.appointments.map((a) => a.id)).toEqual([early.id]);
    expect(week.days.flatMap((d) => d.appointments.map((a) => a.id))).not.toContain(late.id);
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'appointments.agenda'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ actorUserId: cw.user.id, entityType: 'user', entityId: cw.user.id });
    expect(audit?.details).toMatchObject({
      personIds: [person.id],
      from: '2027-06-14',
      to: '2027-06-20',
      scope: 'mine',
      appointments: 1,
    });
  });
});

describe('finding a volunteer', () => {
  it('ranks by language, then usual availability, then fewest clashes, then name', async () => {
    const abel = await volunteer('Abel', { languages: ['Tigrinya'], availability: ['tue-afternoon'] });
    const bea = await volunteer('Bea', {
      languages: [' tigrinya ', 'Amharic'],
      availability: ['mon-morning'],
    });
    const cal = await volunteer('Cal', { languages: ['Amharic'], availability: ['tue-afternoon'] });
    const dee = await volunteer('Dee', { availability: ['tue-afternoon'] });
    const eve = await volunteer('Eve');
    const gone = await volunteer('Gone', { languages: ['Tigrinya'], active: false });
    // Tuesday 1 Dec 2026, 14:00-16:00: a Tuesday afternoon.
    const target = await create(cw, client.id, {
      type: 'home_office_reporting',
      startsAt: '2026-12-01T14:00',
      endsAt: '2026-12-01T16:00',
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
      volunteerIds: [abel.id],
    });
    // Cal is asked to one overlapping; Dee declined one overlapping and has one just after (no overlap);
    // Eve is on an overlapping one that was cancelled.
    await create(cw, client.id, {
      startsAt: '2026-12-01T15:00',
      endsAt: '2026-12-01T17:00',
      volunteerIds: [cal.id],
    });
    const declined = await create(cw, client.id, {
      startsAt: '2026-12-01T13:00',
      endsAt: '2026-12-01T15:00',
      volunteerIds: [dee.id, cal.id],
    });
    await setAssignment(declined.id, dee.id, 'declined');
    await setAssignment(declined.id, cal.id, 'accepted');
    await create(cw, client.id, {
      startsAt: '2026-12-01T16:00',
      endsAt: '2026-12-01T17:00',
      volunteerIds: [dee.id],
    });
    const cancelled = await create(cw, client.id, {
      startsAt: '2026-12-01T14:30',
      endsAt: '2026-12-01T15:30',
      volunteerIds: [eve.id],
    });
    await (await cw.call()).appointments.cancel({ id: cancelled.id, version: 1, reason: 'Not needed' });

    const mine = new Set([abel.id, bea.id, cal.id, dee.id, eve.id, gone.id]);
    const find = async (language?: string) =>
      (await (await cw.call()).appointments.findVolunteers({ appointmentId: target.id, language })).filter(
        (v) => mine.has(v.id),
      );
    const ranked = await find();
    expect(
      ranked.map((v) => [v.displayName, v.speaksLanguage, v.usuallyFree, v.clashes, v.assignment]),
    ).toEqual([
      ['Abel', true, true, 0, 'offered'],
      ['Bea', true, false, 0, null],
      ['Dee', false, true, 0, null],
      ['Cal', false, true, 2, null],
      ['Eve', false, false, 0, null],
    ]);
    expect(ranked[1]).toMatchObject({ languages: [' tigrinya ', 'Amharic'], availability: ['mon-morning'] });
    // Asked for another language: Amharic speakers first.
    expect((await find('amharic')).map((v) => v.displayName)).toEqual(['Cal', 'Bea', 'Abel', 'Dee', 'Eve']);
    // No interpreter language: the client's first language (Tigrinya) is the one looked for.
    const plain = await create(cw, client.id, { startsAt: '2026-12-01T14:00', endsAt: '2026-12-01T15:00' });
    const byClientLanguage = (
      await (await cw.call()).appointments.findVolunteers({ appointmentId: plain.id })
    ).filter((v) => mine.has(v.id));
    expect(byClientLanguage.filter((v) => v.speaksLanguage).map((v) => v.displayName)).toEqual([
      'Abel',
      'Bea',
    ]);
    // Only volunteers: never staff.
    const everyone = await (await cw.call()).appointments.findVolunteers({ appointmentId: target.id });
    expect(everyone.map((v) => v.id)).not.toContain(cw.user.id);
    expect(everyone.map((v) => v.id)).toContain(vol.user.id);
  });
  it('ranks every active volunteer before listing the best, and audits the look as a read', async () => {
    const target = await create(cw, client.id, { startsAt: '2027-01-05T10:00', endsAt: '2027-01-05T11:00' });
    // More volunteers than are listed, all before the one who speaks the language in alphabetical order.
    await api.handle.db.insert(users).values(
      Array.from({ length: VOLUNTEERS_MAX }, (_, i) => ({
        email: `filler-${i}@x.test`,
        displayName: `Aaron Filler ${String(i).padStart(3, '0')}`,
        role: 'volunteer' as const,
        passwordHash: 'not a hash',
      })),
    );
    const zoe = await volunteer('Zoe Last', { languages: ['Kurmanji'] });
    const readsOf = async () =>
      (
        await api.handle.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, client.id)))
      ).filter((r) => r.actorUserId === cw.user.id && r.details.view === 'appointment').length;
    const reads = await readsOf();
    const found = await (
      await cw.call()
    ).appointments.findVolunteers({ appointmentId: target.id, language: 'Kurmanji' });
    expect(found).toHaveLength(VOLUNTEERS_MAX);
    expect(found[0]).toMatchObject({ id: zoe.id, speaksLanguage: true });
    expect(await readsOf()).toBe(reads + 1);
  });
});

describe('reports and follow-ups', () => {
  let appointment: Awaited<ReturnType<typeof create>>;
  let reportId: string;
  let followUps: { id: string; createdAt: Date }[];

  beforeAll(async () => {
    const matter = await (
      await cw.call()
    ).matters.open({
      caseId: client.caseId,
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    } as OpenMatterInput);
    appointment = await create(cw, client.id, {
      matterId: matter.id,
      startsAt: '2026-11-20T10:00',
      endsAt: '2026-11-20T12:00',
      volunteerIds: [vol.user.id],
    });
    await setAssignment(appointment.id, vol.user.id, 'accepted');
    // Filed as a volunteer's report would be (the filing itself is tested with the volunteer's side).
    const [report] = await api.handle.db
      .insert(accompanimentReports)
      .values({
        appointmentId: appointment.id,
        volunteerId: vol.user.id,
        personId: client.id,
        status: 'filed',
        outcome: 'attended',
        present: ['police_officer', 'interpreter'],
        concerns: ['threatened_with_arrest'],
        minutesSpent: 150,
        filedAt: new Date('2026-11-20T15:00:00Z'),
      })
      .returning();
    reportId = report?.id ?? '';
    const draftBy = await volunteer('Drafting Dan');
    await api.handle.db.insert(accompanimentReports).values({
      appointmentId: appointment.id,
      volunteerId: draftBy.id,
      personId: client.id,
      status: 'draft',
      draft: { treatment: 'half-written' },
    });
    followUps = await api.handle.db
      .insert(appointmentFollowUps)
      .values(
        ['Ask the officer for the crime reference in writing', 'Chase the interpreter booking'].map(
          (description, i) => ({
            reportId,
            appointmentId: appointment.id,
            personId: client.id,
            caseId: client.caseId,
            description,
            suggestedDue: '2026-11-27',
            // In the order the volunteer wrote them.
            createdAt: new Date(Date.UTC(2026, 10, 20, 15, 0, i)),
          }),
        ),
      )
      .returning({ id: appointmentFollowUps.id, createdAt: appointmentFollowUps.createdAt });
    followUps.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await api.handle.db.insert(timelineEvents).values({
      personId: client.id,
      caseId: client.caseId,
      matterId: matter.id,
      kind: 'accompaniment_report',
      appointmentId: appointment.id,
      occurredOn: '2026-11-20',
      recordedById: vol.user.id,
      note: 'Police interview or statement: attended. Concerns: threatened with arrest. 2 follow-ups.',
    });
  });

  it('shows the appointment with its filed reports only and the follow-ups, audited as a read', async () => {
    const detail = await (await cw.call()).appointments.get({ id: appointment.id });
    expect(detail.appointment).toMatchObject({ id: appointment.id, reportsFiled: 1, unassigned: false });
    expect(detail.reports.map((r) => [r.id, r.volunteer.displayName, r.outcome])).toEqual([
      [reportId, 'Vera Volunteer', 'attended'],
    ]);
    expect(detail.followUps.map((f) => [f.description, f.state])).toEqual([
      ['Ask the officer for the crime reference in writing', 'proposed'],
      ['Chase the interpreter booking', 'proposed'],
    ]);
    const [read] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, client.id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(read?.details).toEqual({ view: 'appointment' });
    // It reads as an accompaniment report on the timeline and in the chronology, linked to the appointment.
    const timeline = await (await cw.call()).clients.timeline({ personId: client.id });
    const event = timeline.items.find((e) => e.kind === 'accompaniment_report');
    expect(event).toMatchObject({ appointmentId: appointment.id, occurredOn: '2026-11-20' });
    expect(
      timeline.items.filter((e) => e.kind !== 'accompaniment_report').every((e) => e.appointmentId === null),
    ).toBe(true);
    const chronology = await (await cw.call()).communications.chronology({ personId: client.id });
    expect(chronology.entries.find((e) => e.id === event?.id)).toMatchObject({
      heading: 'Accompaniment report',
      text: 'Police interview or statement: attended. Concerns: threatened with arrest. 2 follow-ups.',
      recordedBy: 'Vera Volunteer',
    });
  });

  it('confirming a follow-up creates the deadline in the same step', async () => {
    const [first] = followUps;
    const confirmed = await (
      await cw.call()
    ).appointments.confirmFollowUp({
      id: first?.id ?? '',
      version: 1,
      title: 'Crime reference in writing',
      due: '2026-11-30',
    });
    expect(confirmed).toMatchObject({
      state: 'confirmed',
      version: 2,
      decidedBy: { id: cw.user.id, displayName: 'Casey Worker' },
      decidedAt: api.clock.now.toISOString(),
      volunteer: { displayName: 'Vera Volunteer' },
    });
    expect(confirmed.deadlineId).not.toBeNull();
    const [deadline] = await api.handle.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.id, confirmed.deadlineId ?? ''));
    expect(deadline).toMatchObject({
      personId: client.id,
      caseId: client.caseId,
      matterId: appointment.matterId,
      source: 'manual',
      ruleId: null,
      due: '2026-11-30',
      title: 'Crime reference in writing',
      explanation:
        'Follow-up from the accompaniment report of 20 Nov 2026 by Vera Volunteer: Ask the officer for the crime reference in writing',
      certainty: 'practice',
      status: 'open',
      createdById: cw.user.id,
    });
    const listed = await (await cw.call()).deadlines.listForClient({ personId: client.id });
    expect(listed.items.map((d) => d.id)).toContain(deadline?.id);
    const [audit] = (await auditRows('appointments.confirm_follow_up')).slice(-1);
    expect(audit).toMatchObject({ entityType: 'person', entityId: client.id });
    expect(audit?.details).toEqual({
      followUpId: first?.id,
      appointmentId: appointment.id,
      deadlineId: deadline?.id,
    });
    // Once dealt with, it cannot be decided again (and no second deadline appears).
    const count1 = (await api.handle.db.select().from(deadlines)).length;
    await expectBadField(
      (await cw.call()).appointments.confirmFollowUp({
        id: first?.id ?? '',
        version: 2,
        title: 'x',
        due: '2026-12-01',
      }),
      'id',
    );
    await expectBadField(
      (await cw.call()).appointments.dismissFollowUp({ id: first?.id ?? '', version: 2, reason: 'No' }),
      'id',
    );
    await expect(
      (await cw.call()).appointments.confirmFollowUp({
        id: first?.id ?? '',
        version: 1,
        title: 'x',
        due: '2026-12-01',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await api.handle.db.select().from(deadlines)).length).toBe(count1);
  });

  it('dismissing needs a reason, which is kept; outsiders are refused', async () => {
    const [, second] = followUps;
    const id = second?.id ?? '';
    await expectBadField(
      (await cw.call()).appointments.dismissFollowUp({ id, version: 1, reason: ' ' }),
      'reason',
    );
    await expectBadField(
      (await cw.call()).appointments.confirmFollowUp({ id, version: 1, title: 'x', due: 'tomorrow' }),
      'due',
    );
    const dismissed = await (
      await cw.call()
    ).appointments.dismissFollowUp({
      id,
      version: 1,
      reason: 'The interpreter was booked the same day.',
    });
    expect(dismissed).toMatchObject({
      state: 'dismissed',
      dismissReason: 'The interpreter was booked the same day.',
      deadlineId: null,
      decidedBy: { id: cw.user.id },
      version: 2,
    });
    const [audit] = (await auditRows('appointments.dismiss_follow_up')).slice(-1);
    expect(audit?.details).toEqual({ followUpId: id, appointmentId: appointment.id });
    await expect(
      (await cw.call()).appointments.dismissFollowUp({
        id: '6b1f2d4e-2f0a-4c3e-9d55-1a2b3c4d5e6f',
        version: 1,
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to decide on follow-ups of a restricted client outside the team, and audits it', async () => {
    const booked = await create(cw, restricted.id, {
      startsAt: '2026-11-19T10:00',
      endsAt: '2026-11-19T11:00',
    });
    const [report] = await api.handle.db
      .insert(accompanimentReports)
      .values({
        appointmentId: booked.id,
        volunteerId: vol.user.id,
        personId: restricted.id,
        status: 'filed',
        outcome: 'attended',
        minutesSpent: 60,
        filedAt: new Date('2026-11-19T12:00:00Z'),
      })
      .returning();
    const [followUp] = await api.handle.db
      .insert(appointmentFollowUps)
      .values({
        reportId: report?.id ?? '',
        appointmentId: booked.id,
        personId: restricted.id,
        caseId: restricted.caseId,
        description: 'Call the social worker',
      })
      .returning();
    const id = followUp?.id ?? '';
    const before = (await api.handle.db.select().from(deadlines)).length;
    await expect(
      (await other.call()).appointments.confirmFollowUp({ id, version: 1, title: 'x', due: '2026-12-01' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await other.call()).appointments.dismissFollowUp({ id, version: 1, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.handle.db.select().from(deadlines)).length).toBe(before);
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.outcome, 'denied'),
          eq(auditLog.entityId, restricted.id),
          inArray(auditLog.action, ['appointments.confirm_follow_up', 'appointments.dismiss_follow_up']),
        ),
      );
    expect(denied.map((r) => r.action).sort()).toEqual([
      'appointments.confirm_follow_up',
      'appointments.dismiss_follow_up',
    ]);
    const [row] = await api.handle.db
      .select()
      .from(appointmentFollowUps)
      .where(eq(appointmentFollowUps.id, id));
    expect(row?.state).toBe('proposed');
  });

  it('keeps the time, type and matter once a report is filed; notes, place and interpreter still change', async () => {
    const current = (await (await cw.call()).appointments.get({ id: appointment.id })).appointment;
    const update = async (changes: Partial<z.input<typeof updateAppointmentInput>>) =>
      (await cw.call()).appointments.update({ ...editable(current), ...changes });
    const refused = [
      await expectBadField(update({ startsAt: '2026-11-20T10:30' }), 'startsAt'),
      await expectBadField(update({ endsAt: '2026-11-20T12:30' }), 'endsAt'),
      await expectBadField(update({ type: 'home_office_reporting' }), 'type'),
      await expectBadField(update({ matterId: null }), 'matterId'),
    ];
    expect(refused).toEqual(Array.from({ length: 4 }, () => [REPORTED_MESSAGE]));
    const [row] = await api.handle.db.select().from(appointments).where(eq(appointments.id, appointment.id));
    expect(row?.version).toBe(current.version);
    const updated = await update({
      place: 'Lunar House, 40 Wellesley Road',
      notesForVolunteer: 'Meet inside',
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
    });
    expect(updated).toMatchObject({
      version: current.version + 1,
      place: 'Lunar House, 40 Wellesley Road',
      notesForVolunteer: 'Meet inside',
      interpreterLanguage: 'Tigrinya',
      startsAt: current.startsAt,
      matterId: current.matterId,
    });
  });
});
