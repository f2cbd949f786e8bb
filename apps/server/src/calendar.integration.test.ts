import { Writable } from 'node:stream';
import { appointments, appointmentVolunteers, type DatabaseHandle } from '@umbrella/db';
import { createTestDatabase, createUser, TEST_PASSWORD, testCipher } from '@umbrella/db/testing';
import { DAY_MS, londonDateOf, londonLocalToInstant } from '@umbrella/domain';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';

let database: DatabaseHandle;
let app: ReturnType<typeof createApp>;
type Agent = ReturnType<typeof request.agent>;
let caseworker: Agent;
let volunteer: Agent;
let appointmentId: string;
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _enc, done) {
    logLines.push(chunk.toString());
    done();
  },
});
const json = { 'content-type': 'application/json' };

async function signIn(email: string): Promise<Agent> {
  const agent = request.agent(app);
  const res = await agent.post('/trpc/auth.signIn').set(json).send({ email, password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  return agent;
}

async function trpc(agent: Agent, path: string, input?: unknown) {
  const res = await agent
    .post(`/trpc/${path}`)
    .set(json)
    .send(JSON.stringify(input ?? {}));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.result.data;
}

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
  app = createApp(config, database, pino({ level: 'info' }, logSink), testCipher());
  const cw = await createUser(database.db, { email: 'cw@calendar.test', role: 'caseworker' });
  const vol = await createUser(database.db, { email: 'vol@calendar.test', role: 'volunteer' });
  caseworker = await signIn('cw@calendar.test');
  volunteer = await signIn('vol@calendar.test');
  const client = await trpc(caseworker, 'clients.create', {
    displayName: 'Amira Feedname',
    safeContact: { call: true, text: true, voicemail: false, post: false },
    keyWorkerId: cw.id,
    notes: 'Never in a calendar',
  });
  const profile = await trpc(caseworker, 'clients.get', { id: client.id });
  // The server runs on the real clock: the day after tomorrow, 14:00 London time.
  const day = londonDateOf(new Date(Date.now() + 2 * DAY_MS));
  const [row] = await database.db
    .insert(appointments)
    .values({
      personId: client.id,
      caseId: profile.case.id,
      type: 'police_interview',
      startsAt: londonLocalToInstant(`${day}T14:00`),
      endsAt: londonLocalToInstant(`${day}T16:00`),
      place: 'Feedtown Police Station, 1 High Street',
      area: 'Croydon',
      meetingPoint: 'By the clock tower',
      notesForVolunteer: 'She is worried about her landlord',
      createdById: cw.id,
    })
    .returning({ id: appointments.id });
  appointmentId = row?.id ?? '';
  await database.db
    .insert(appointmentVolunteers)
    .values({ appointmentId, userId: vol.id, status: 'accepted', assignedById: cw.id });
});
afterAll(async () => {
  await database.close();
});

describe('GET /calendar/<token>.ics', () => {
  let token = '';

  it('serves the feed without a session: what, when and the area, nothing about the client', async () => {
    const created = await trpc(volunteer, 'calendarFeed.create');
    token = created.token;
    expect(created.path).toBe(`/calendar/${token}.ics`);
    const res = await request(app).get(created.path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const ics = unfold(res.text);
    expect(ics).toContain('SUMMARY:Accompaniment\\, 14:00\\, Croydon');
    expect(ics).toContain(`/accompaniments/${appointmentId}`);
    for (const secret of [
      'Amira',
      'Feedname',
      'Feedtown',
      'High Street',
      'clock tower',
      'landlord',
      'Never',
    ]) {
      expect(ics).not.toContain(secret);
    }
  });

  it('never writes the token to the log', async () => {
    expect(token).toMatch(/^[\w-]{43}$/);
    await request(app).get(`/calendar/${token}.ics`);
    const logged = logLines.join('\n');
    expect(logged).toContain('/calendar/[redacted]');
    expect(logged).not.toContain(token);
  });

  it('serves the feed at /calendar/ only, and never logs the token however the path is spelt', async () => {
    const before = logLines.length;
    for (const path of [`/CALENDAR/${token}.ics`, `/Calendar/${token}.ics`]) {
      const res = await request(app).get(path);
      expect(res.text, path).not.toContain('BEGIN:VCALENDAR');
    }
    const logged = logLines.slice(before).join('\n');
    expect(logged).toContain('/calendar/[redacted]');
    expect(logged).not.toContain(token);
  });

  it('answers a revoked address exactly as an unknown one: 404 Not found', async () => {
    expect(await trpc(volunteer, 'calendarFeed.revoke')).toEqual({ revoked: true });
    const revoked = await request(app).get(`/calendar/${token}.ics`);
    const unknown = await request(app).get(`/calendar/${'A'.repeat(43)}.ics`);
    const malformed = await request(app).get('/calendar/not-a-token.ics');
    const noSuffix = await request(app).get(`/calendar/${token}`);
    for (const res of [revoked, unknown, malformed, noSuffix]) {
      expect(res.status).toBe(404);
      expect(res.text).toBe('Not found');
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect(logLines.join('\n')).not.toContain(token);
  });
});
