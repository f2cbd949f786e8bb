import { createHash } from 'node:crypto';
import { auditLog, disclosures, documents, type DatabaseHandle } from '@umbrella/db';
import {
  createAgency,
  createTeam,
  createTestDatabase,
  createUser,
  TEST_PASSWORD,
  testCipher,
} from '@umbrella/db/testing';
import { and, count, eq } from 'drizzle-orm';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';

let database: DatabaseHandle;
let app: ReturnType<typeof createApp>;
type Agent = ReturnType<typeof request.agent>;
let caseworker: Agent;
let colleague: Agent;
let offTeam: Agent;
let volunteer: Agent;
let users: Record<'caseworker' | 'colleague' | 'offTeam' | 'volunteer', string>;
let agencyId: string;
const client = { open: '', restricted: '' };

const json = { 'content-type': 'application/json' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ZIP = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
  Buffer.alloc(40),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0x00, 0x03, 0x00]), Buffer.alloc(60)]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

async function signIn(email: string): Promise<Agent> {
  const agent = request.agent(app);
  const res = await agent.post('/trpc/auth.signIn').set(json).send({ email, password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  return agent;
}

async function trpc(agent: Agent, path: string, input: unknown) {
  const res = await agent.post(`/trpc/${path}`).set(json).send(JSON.stringify(input));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.result.data;
}

async function newClient(agent: Agent, input: Record<string, unknown>): Promise<string> {
  const created = await trpc(agent, 'clients.create', {
    safeContact: { call: true, text: true, voicemail: false, post: false },
    ...input,
  });
  return created.id as string;
}

function upload(
  agent: Agent | request.Agent,
  body: Buffer,
  filename: string,
  personId: string = client.open,
) {
  return agent
    .post('/files')
    .set('Content-Type', 'application/octet-stream')
    .set('X-Umbrella-Person', personId)
    .set('X-Umbrella-Filename', encodeURIComponent(filename))
    .send(body);
}

/** Reads any body as raw bytes (superagent hands the parser the response stream). */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

const download = (agent: Agent, id: string) => agent.get(`/files/${id}`).buffer(true).parse(binary);

const storedCount = async () => (await database.db.select({ n: count() }).from(documents))[0]?.n ?? 0;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    database,
    pino({ level: 'silent' }),
    testCipher(),
  );
  const make = (email: string, role: 'caseworker' | 'volunteer') => createUser(database.db, { email, role });
  users = {
    caseworker: (await make('cw@files.test', 'caseworker')).id,
    colleague: (await make('colleague@files.test', 'caseworker')).id,
    offTeam: (await make('off@files.test', 'caseworker')).id,
    volunteer: (await make('volunteer@files.test', 'volunteer')).id,
  };
  const north = await createTeam(database.db, {
    name: 'North',
    memberIds: [users.caseworker, users.colleague],
  });
  await createTeam(database.db, { name: 'South', memberIds: [users.offTeam] });
  agencyId = (await createAgency(database.db, { name: 'Northshire Police' })).id;
  caseworker = await signIn('cw@files.test');
  colleague = await signIn('colleague@files.test');
  offTeam = await signIn('off@files.test');
  volunteer = await signIn('volunteer@files.test');
  client.open = await newClient(caseworker, { displayName: 'Upload Client' });
  client.restricted = await newClient(caseworker, {
    displayName: 'Restricted Upload Client',
    restricted: true,
    teamId: north.id,
  });
});
afterAll(async () => {
  await database.close();
});

describe('uploading a file', () => {
  it('stores a PDF and answers 201 with its id, type, size and SHA-256', async () => {
    const res = await upload(caseworker, PDF, 'Police letter.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      filename: 'Police letter.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a file over 10 MB with 413 naming the file, storing nothing', async () => {
    const before = await storedCount();
    const res = await upload(caseworker, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), 'huge.pdf');
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error: {
        message: 'The file is larger than 10 MB. It was not attached.',
        fieldErrors: { file: ['The file is larger than 10 MB. It was not attached.'] },
      },
    });
    expect(await storedCount()).toBe(before);
  });

  it.each<[string, Buffer]>([
    ['a ZIP archive', ZIP],
    ['a Windows program', EXE],
    ['a web page', HTML],
  ])('refuses letter.pdf that is really %s with 400 and the reason, storing nothing', async (_what, body) => {
    const before = await storedCount();
    const res = await upload(caseworker, body, 'letter.pdf');
    expect(res.status).toBe(400);
    const message =
      'The file’s name ends in .pdf (PDF) but its content is not that kind of file. It was not attached.';
    expect(res.body).toEqual({ error: { message, fieldErrors: { file: [message] } } });
    expect(await storedCount()).toBe(before);
  });

  it('refuses a web page named .txt', async () => {
    const res = await upload(caseworker, HTML, 'email.txt');
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors.file).toHaveLength(1);
  });

  it('needs to know which client the file is for', async () => {
    for (const person of [undefined, 'not-a-uuid', "'; drop table documents; --"]) {
      let req = caseworker
        .post('/files')
        .set('Content-Type', 'application/octet-stream')
        .set('X-Umbrella-Filename', 'letter.pdf');
      if (person) req = req.set('X-Umbrella-Person', person);
      const res = await req.send(PDF);
      expect(res.status).toBe(400);
      expect(res.body.error.fieldErrors).toEqual({ personId: ['Say which client the file is for.'] });
    }
  });

  it('needs the bytes as application/octet-stream and a readable name', async () => {
    const asJson = await caseworker
      .post('/files')
      .set(json)
      .set('X-Umbrella-Person', client.open)
      .set('X-Umbrella-Filename', 'letter.pdf')
      .send('{"a":1}');
    expect(asJson.status).toBe(400);
    expect(asJson.body.error.fieldErrors.file).toEqual(['Send the file as application/octet-stream.']);
    const badName = await upload(caseworker, PDF, 'x').set('X-Umbrella-Filename', '%E0%A4%A');
    expect(badName.status).toBe(400);
    expect(badName.body.error.fieldErrors.file).toEqual(['The file name could not be read.']);
  });

  it('answers 401 to someone not signed in', async () => {
    const res = await upload(request.agent(app), PDF, 'letter.pdf');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Please sign in to continue.');
  });

  it('answers 403 to a volunteer and audits the refusal', async () => {
    const before = await storedCount();
    const res = await upload(volunteer, PDF, 'letter.pdf');
    expect(res.status).toBe(403);
    expect(await storedCount()).toBe(before);
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, users.volunteer), eq(auditLog.action, 'access.denied')));
    expect(rows.map((r) => [r.outcome, r.entityId])).toEqual([['denied', 'files.upload']]);
  });

  it('answers 403 to a cross-site request, before anything runs', async () => {
    const before = await storedCount();
    const res = await upload(caseworker, PDF, 'letter.pdf').set('Origin', 'https://evil.example');
    expect(res.status).toBe(403);
    expect(await storedCount()).toBe(before);
  });
});

describe('downloading a file', () => {
  it('sends the same bytes as an attachment that is never sniffed, and audits it', async () => {
    const stored = (await upload(caseworker, PDF, 'Police letter.pdf')).body;
    const res = await download(caseworker, stored.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Police letter.pdf"; filename*=UTF-8''Police%20letter.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'documents.download'), eq(auditLog.actorUserId, users.caseworker)));
    // A download is a disclosure (to our own casework); its audit row names it.
    const made = await database.db
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.documentId, stored.id), eq(disclosures.kind, 'download')));
    expect(made).toEqual([
      expect.objectContaining({ status: 'made', personId: client.open, requestedById: users.caseworker }),
    ]);
    expect(rows.map((r) => r.details)).toEqual([
      { documentId: stored.id, communicationId: null, disclosureId: made[0]?.id },
    ]);
  });

  it('names any file safely: an ASCII fallback and the name encoded in full', async () => {
    const stored = (await upload(caseworker, PDF, "Лист (copy) client's.pdf")).body;
    const res = await download(caseworker, stored.id);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="____ (copy) client's.pdf"; ` +
        `filename*=UTF-8''%D0%9B%D0%B8%D1%81%D1%82%20%28copy%29%20client%27s.pdf`,
    );
  });

  it('gives a staged file only to its uploader until it is attached', async () => {
    const stored = (await upload(caseworker, PDF, 'Staged.pdf')).body;
    expect((await download(colleague, stored.id)).status).toBe(404);
    await trpc(caseworker, 'communications.create', {
      personId: client.open,
      channel: 'letter',
      direction: 'incoming',
      agencyId,
      occurredOn: '2026-11-20',
      subject: 'Scanned letter',
      attachmentIds: [stored.id],
    });
    const res = await download(colleague, stored.id);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
  });

  it('answers 403 on a restricted client outside the caseworker’s team, both ways, and audits it', async () => {
    const stored = (await upload(caseworker, PDF, 'Restricted.pdf', client.restricted)).body;
    expect(stored.id).toBeDefined();
    const before = await storedCount();
    expect((await upload(offTeam, PDF, 'mine.pdf', client.restricted)).status).toBe(403);
    expect(await storedCount()).toBe(before);
    const res = await download(offTeam, stored.id);
    expect(res.status).toBe(403);
    expect(res.headers['content-disposition']).toBeUndefined();
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, users.offTeam), eq(auditLog.outcome, 'denied')));
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([
      ['documents.upload', client.restricted],
      ['documents.download', client.restricted],
    ]);
  });

  it('answers 401 signed out, 403 to a volunteer, 404 for no such file and 400 for a malformed id', async () => {
    const stored = (await upload(caseworker, PDF, 'Any.pdf')).body;
    expect((await download(request.agent(app), stored.id)).status).toBe(401);
    expect((await download(volunteer, stored.id)).status).toBe(403);
    expect((await download(caseworker, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(caseworker, 'nope')).status).toBe(400);
  });
});

describe('the test clock', () => {
  it('is not served unless TEST_CLOCK=on', async () => {
    const res = await request(app).post('/__test__/clock').set(json).send({ offsetDays: 3 });
    expect(res.status).toBe(404);
  });

  it('moves "now" when it is on', async () => {
    const testApp = createApp(
      loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'on', LOG_LEVEL: 'silent' }),
      database,
      pino({ level: 'silent' }),
      testCipher(),
    );
    const res = await request(testApp).post('/__test__/clock').set(json).send({ offsetDays: 3 });
    expect(res.status).toBe(200);
    const shift = Date.parse(res.body.now) - Date.now();
    expect(Math.round(shift / 86_400_000)).toBe(3);
    expect((await request(testApp).post('/__test__/clock').set(json).send({ offsetDays: -1 })).status).toBe(
      400,
    );
  });
});
