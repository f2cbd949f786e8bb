import { accompanimentReports } from '@umbrella/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { insertAppointment, insertFiledReport } from './test-rows.ts';

let api: TestApi;
let alice: SignedIn;
let cat: SignedIn;
let dan: SignedIn;

beforeAll(async () => {
  api = await createTestApi(); // Mon 23 Nov 2026
  alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker' });
  cat = await signedIn(api, { email: 'cat@x.test', role: 'volunteer' });
  dan = await signedIn(api, { email: 'dan@x.test', role: 'volunteer' });
  const client = await createClientVia(alice, { displayName: 'Amira', keyWorkerId: alice.user.id });
  const db = api.handle.db;
  const filed = async (
    volunteer: SignedIn,
    startsAt: string,
    outcome: 'attended' | 'client_did_not_attend',
    minutesSpent: number,
  ) => {
    const appointmentId = await insertAppointment(db, {
      personId: client.id,
      caseId: client.caseId,
      createdById: alice.user.id,
      startsAt,
      endsAt: startsAt.replace(/T.*/, 'T23:59'),
      volunteers: [{ userId: volunteer.user.id, status: 'accepted' }],
    });
    await insertFiledReport(db, {
      appointmentId,
      volunteerId: volunteer.user.id,
      personId: client.id,
      outcome,
      minutesSpent,
      filedAt: new Date('2026-11-22T12:00:00Z'),
    });
    return appointmentId;
  };
  await filed(cat, '2026-11-20T09:00', 'attended', 150);
  // 00:30 on 1 Oct in London is still 30 Sep in UTC: counted in October.
  await filed(cat, '2026-10-01T00:30', 'attended', 45);
  await filed(cat, '2026-09-15T10:00', 'client_did_not_attend', 60);
  await filed(cat, '2025-12-01T00:00', 'attended', 30);
  // Thirteen months back: left out.
  await filed(cat, '2025-11-30T10:00', 'attended', 500);
  await filed(dan, '2026-11-21T10:00', 'attended', 90);
  // A draft counts for nothing.
  const drafted = await insertAppointment(db, {
    personId: client.id,
    caseId: client.caseId,
    createdById: alice.user.id,
    startsAt: '2026-11-22T10:00',
    endsAt: '2026-11-22T11:00',
    volunteers: [{ userId: cat.user.id, status: 'accepted' }],
  });
  await db.insert(accompanimentReports).values({
    appointmentId: drafted,
    volunteerId: cat.user.id,
    personId: client.id,
    status: 'draft',
    outcome: 'attended',
    minutesSpent: 1000,
  });
});
afterAll(async () => {
  await api.close();
});

const months = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
];

describe('accompaniment counts', () => {
  it('gives a volunteer their own filed reports by London month, the last 12 with empty ones', async () => {
    const counts = await (await cat.call()).accompaniments.counts();
    expect(counts.months.map((m) => m.month)).toEqual(months);
    const by = Object.fromEntries(counts.months.map((m) => [m.month, [m.accompaniments, m.minutes]]));
    expect(by).toMatchObject({
      '2025-12': [1, 30],
      '2026-01': [0, 0],
      '2026-09': [0, 60],
      '2026-10': [1, 45],
      '2026-11': [1, 150],
    });
    expect(counts.totalAccompaniments).toBe(3);
    expect(counts.totalMinutes).toBe(285);
  });

  it('gives staff the whole organisation’s', async () => {
    const counts = await (await alice.call()).appointments.counts();
    expect(counts.months.at(-1)).toEqual({ month: '2026-11', accompaniments: 2, minutes: 240 });
    expect(counts.totalAccompaniments).toBe(4);
    expect(counts.totalMinutes).toBe(375);
    expect((await (await dan.call()).accompaniments.counts()).totalMinutes).toBe(90);
  });

  it('moves with the clock: a new month pushes the oldest out', async () => {
    api.clock.now = new Date('2026-12-01T09:00:00Z');
    const browser = api.browser();
    await (
      await browser.call()
    ).auth.signIn({ email: 'cat@x.test', password: 'correct horse battery staple' });
    const counts = await (await browser.call()).accompaniments.counts();
    expect(counts.months[0]?.month).toBe('2026-01');
    expect(counts.months.at(-1)).toEqual({ month: '2026-12', accompaniments: 0, minutes: 0 });
    expect(counts.totalAccompaniments).toBe(2);
    expect(counts.totalMinutes).toBe(255);
  });
});
