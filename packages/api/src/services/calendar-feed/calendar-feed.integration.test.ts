import { createHash } from 'node:crypto';
import { auditLog, calendarFeeds } from '@umbrella/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAppointment } from '../accompaniments/test-rows.ts';
import { createClientVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { calendarFeedIcs } from './feed-events.ts';

const ORIGIN = 'https://umbrella.example.org';
let api: TestApi;
let alice: SignedIn;
let bob: SignedIn;
let val: SignedIn;
const appt = { accepted: '', offered: '', declined: '', cancelled: '', farAhead: '', longAgo: '' };

/** The calendar's lines with folding undone (RFC 5545 folds lines longer than 75 octets). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

async function fetchFeed(token: string): Promise<string | null> {
  const ics = await calendarFeedIcs(api.handle.db, token, api.clock.now, ORIGIN);
  return ics === null ? null : unfold(ics);
}

beforeAll(async () => {
  api = await createTestApi(); // Mon 23 Nov 2026
  alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker' });
  bob = await signedIn(api, { email: 'bob@x.test', role: 'caseworker' });
  val = await signedIn(api, { email: 'val@x.test', role: 'volunteer' });
  const client = await createClientVia(alice, {
    displayName: 'Amira Secretname',
    keyWorkerId: alice.user.id,
  });
  const at = (startsAt: string, status: 'offered' | 'accepted' | 'declined', more = {}) =>
    insertAppointment(api.handle.db, {
      personId: client.id,
      caseId: client.caseId,
      createdById: alice.user.id,
      startsAt,
      endsAt: startsAt.replace(/T.*/, 'T16:00'),
      place: 'Lunar House, 40 Wellesley Road',
      meetingPoint: 'By the statue',
      notesForVolunteer: 'Client is nervous',
      volunteers: [{ userId: val.user.id, status }],
      ...more,
    });
  appt.accepted = await at('2026-11-25T14:00', 'accepted');
  appt.offered = await at('2026-11-26T09:30', 'offered', { area: null });
  appt.declined = await at('2026-11-27T10:00', 'declined');
  appt.cancelled = await at('2026-11-28T10:00', 'accepted', { cancelled: true });
  appt.farAhead = await at('2027-06-01T10:00', 'accepted');
  appt.longAgo = await at('2026-10-01T10:00', 'accepted');
});
afterAll(async () => {
  await api.close();
});

describe('the calendar feed', () => {
  it('gives a secret address once, keeping only its hash, and says it is active', async () => {
    expect(await (await val.call()).calendarFeed.status()).toEqual({
      active: false,
      createdAt: null,
      lastFetchedAt: null,
    });
    const { token, path } = await (await val.call()).calendarFeed.create();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/calendar/${token}.ics`);
    const [row] = await api.handle.db
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, val.user.id));
    expect(row?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const status = await (await val.call()).calendarFeed.status();
    expect(status).toEqual({ active: true, createdAt: api.clock.now.toISOString(), lastFetchedAt: null });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar_feed.create'), eq(auditLog.actorUserId, val.user.id)));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(JSON.stringify(status)).not.toContain(token);
  });

  it('carries a volunteer’s own accompaniments: when and the area only, and a link back', async () => {
    const { token } = await (await val.call()).calendarFeed.create();
    const ics = await fetchFeed(token);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Accompaniment\\, 14:00\\, Croydon');
    expect(ics).toContain('SUMMARY:Accompaniment\\, 09:30');
    expect(ics).toContain(`${ORIGIN}/accompaniments/${appt.accepted}`);
    expect(ics).toContain(`UID:${appt.accepted}@umbrella`);
    expect(ics).toContain('DTSTART:20261125T140000Z');
    // Asked but not yet accepted: tentative.
    expect(ics).toMatch(new RegExp(`UID:${appt.offered}@umbrella[\\s\\S]*?STATUS:TENTATIVE`));
    for (const id of [appt.declined, appt.cancelled, appt.farAhead, appt.longAgo]) {
      expect(ics).not.toContain(id);
    }
    for (const secret of ['Amira', 'Secretname', 'Lunar House', 'Wellesley', 'statue', 'nervous', 'Police']) {
      expect(ics).not.toContain(secret);
    }
    expect(ics?.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect((await (await val.call()).calendarFeed.status()).lastFetchedAt).toBe(api.clock.now.toISOString());
  });

  it('carries a caseworker’s own clients’ appointments, and nobody else’s', async () => {
    const { token } = await (await alice.call()).calendarFeed.create();
    const ics = await fetchFeed(token);
    expect(ics).toContain('SUMMARY:Client appointment\\, 14:00\\, Croydon');
    expect(ics).toContain(`${ORIGIN}/appointments/${appt.accepted}`);
    // Every appointment of the client in range, whoever accompanies it; not cancelled ones.
    expect(ics).toContain(appt.declined);
    expect(ics).not.toContain(appt.cancelled);
    expect(ics).not.toContain('Amira');
    const bobs = await fetchFeed((await (await bob.call()).calendarFeed.create()).token);
    expect(bobs).toContain('BEGIN:VCALENDAR');
    expect(bobs).not.toContain('BEGIN:VEVENT');
  });

  it('stops an address when replaced or revoked, and for a deactivated user', async () => {
    const first = (await (await val.call()).calendarFeed.create()).token;
    const second = (await (await val.call()).calendarFeed.create()).token;
    expect(await fetchFeed(first)).toBeNull();
    expect(await fetchFeed(second)).not.toBeNull();
    expect(await (await val.call()).calendarFeed.revoke()).toEqual({ revoked: true });
    expect(await fetchFeed(second)).toBeNull();
    expect((await (await val.call()).calendarFeed.status()).active).toBe(false);
    expect(await (await val.call()).calendarFeed.revoke()).toEqual({ revoked: false });
    const revokes = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar_feed.revoke'), eq(auditLog.actorUserId, val.user.id)));
    expect(revokes).toHaveLength(1);

    const { token } = await (await bob.call()).calendarFeed.create();
    expect(await fetchFeed(token)).not.toBeNull();
    const admin = await signedIn(api, { email: 'admin@x.test', isAdmin: true });
    await (await admin.call()).users.setActive({ id: bob.user.id, version: bob.user.version, active: false });
    expect(await fetchFeed(token)).toBeNull();
  });

  it('answers nothing to a made-up address', async () => {
    expect(await fetchFeed('x'.repeat(43))).toBeNull();
    expect(await fetchFeed('not a token')).toBeNull();
    expect(await fetchFeed('')).toBeNull();
  });
});
