import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { auditLog, type DatabaseHandle } from '@umbrella/db';
import { createTestDatabase, createUser, TEST_PASSWORD, testCipher } from '@umbrella/db/testing';
import { count } from 'drizzle-orm';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from './app.ts';
import { loadConfig } from './config.ts';

let database: DatabaseHandle;
let app: ReturnType<typeof createApp>;
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _enc, done) {
    logLines.push(chunk.toString());
    done();
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  const webDist = mkdtempSync(join(tmpdir(), 'umbrella-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Umbrella</title><div id="root"></div>');
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIST: webDist, LOG_LEVEL: 'info' });
  app = createApp(config, database, pino({ level: 'info' }, logSink), testCipher());
  await createUser(database.db, { email: 'http@example.test' });
});
afterAll(async () => {
  await database.close();
});

const auditRows = async () => (await database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const json = { 'content-type': 'application/json' };

describe('health', () => {
  it('runs a real query and names the database', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: database.kind });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 when the database cannot answer', async () => {
    const broken = { ...database, ping: () => Promise.reject(new Error('connection refused')) };
    const brokenApp = createApp(
      loadConfig({ NODE_ENV: 'test' }),
      broken,
      pino({ level: 'silent' }),
      testCipher(),
    );
    const res = await request(brokenApp).get('/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'error', database: database.kind });
  });
});

describe('security headers', () => {
  it('serves the web app at the root and at any page address', async () => {
    for (const path of ['/', '/sign-in', '/admin/users/123']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends a strict CSP and the other hardening headers on pages', async () => {
    const res = await request(app).get('/some/page');
    expect(res.status).toBe(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('API errors', () => {
  it('answers malformed JSON with a clear 400 and writes nothing', async () => {
    const before = await auditRows();
    const res = await request(app).post('/trpc/auth.signIn').set(json).send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
    expect(await auditRows()).toBe(before);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await request(app)
      .post('/trpc/auth.signIn')
      .set(json)
      .send(JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(res.status).toBe(413);
  });

  it('answers an unknown procedure with 404', async () => {
    const res = await request(app).post('/trpc/nothing.here').set(json).send('{}');
    expect(res.status).toBe(404);
  });

  it('names the field when an input has the wrong type', async () => {
    const res = await request(app).post('/trpc/auth.signIn').set(json).send({ email: 42, password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.data.fieldErrors.email).toEqual([expect.any(String)]);
    expect(res.body.error.message).toMatch(/^email: /);
    expect(res.body.error.data.stack).toBeUndefined();
  });

  it('accepts queries over POST, so inputs never need to be in a URL', async () => {
    const res = await request(app).post('/trpc/setup.status').set(json).send('{}');
    expect(res.status).toBe(200);
    expect(res.body.result.data).toMatchObject({ needsFirstAdmin: false });
  });

  it('refuses GET, so no input can travel in a URL', async () => {
    expect((await request(app).get('/trpc/auth.signOut')).status).toBe(405);
    expect((await request(app).get('/trpc/setup.status')).status).toBe(405);
  });

  it('logs a database failure without the values of its query', async () => {
    const before = logLines.length;
    const failing = {
      ...database,
      db: new Proxy(database.db, {
        get(target, prop, receiver) {
          if (prop === 'select') {
            return () => {
              const error = new Error('Failed query: select ... params: secret@example.test,$argon2id$hash');
              (error as Error & { cause?: unknown }).cause = { code: '08006' };
              throw error;
            };
          }
          return Reflect.get(target, prop, receiver);
        },
      }),
    };
    const failingApp = createApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }),
      failing,
      pino({ level: 'info' }, logSink),
      testCipher(),
    );
    const res = await request(failingApp).post('/trpc/setup.status').set(json).send('{}');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toMatch(/Something went wrong on our side/);
    const logged = logLines.slice(before).join('\n');
    expect(logged).toContain('procedure failed');
    expect(logged).toContain('08006');
    expect(logged).not.toContain('secret@example.test');
    expect(logged).not.toContain('argon2id');
  });
});

describe('host names', () => {
  it('answers only loopback names when PUBLIC_URL is not set (no DNS rebinding)', async () => {
    const res = await request(app)
      .post('/trpc/setup.status')
      .set({ ...json, host: 'rebind.example:3000' })
      .send('{}');
    expect(res.status).toBe(421);
    expect((await request(app).get('/health').set('host', 'rebind.example')).status).toBe(200);
  });
});

describe('cross-site requests', () => {
  it('refuses a state change from another origin, before anything runs', async () => {
    const before = await auditRows();
    const res = await request(app)
      .post('/trpc/auth.signIn')
      .set({ ...json, origin: 'https://evil.example' })
      .send({ email: 'http@example.test', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await auditRows()).toBe(before);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite, and sign-out clears it with Clear-Site-Data', async () => {
    const agent = request.agent(app);
    const signIn = await agent
      .post('/trpc/auth.signIn')
      .set(json)
      .send({ email: 'http@example.test', password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers['set-cookie'] as unknown as string[])[0] ?? '';
    expect(cookie).toMatch(/^umbrella_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(signIn.headers['cache-control']).toBe('no-store');

    const session = await agent.post('/trpc/auth.session').set(json).send('{}');
    expect(session.body.result.data.status).toBe('active');

    const signOut = await agent.post('/trpc/auth.signOut').set(json).send('{}');
    expect(signOut.status).toBe(200);
    expect(signOut.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    expect((await agent.post('/trpc/auth.session').set(json).send('{}')).body.result.data).toBeNull();
  });

  it('is Secure with the __Host- prefix when served over https', async () => {
    const secureApp = createApp(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://umbrella.example.org', LOG_LEVEL: 'silent' }),
      database,
      pino({ level: 'silent' }),
      testCipher(),
    );
    const res = await request(secureApp)
      .post('/trpc/auth.signIn')
      .set({ ...json, origin: 'https://umbrella.example.org', host: 'umbrella.example.org' })
      .send({ email: 'http@example.test', password: TEST_PASSWORD });
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0] ?? '';
    expect(cookie).toMatch(/^__Host-umbrella_session=/);
    expect(cookie).toContain('Secure');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('logs', () => {
  it('never contain passwords, e-mail addresses, cookies or query strings', () => {
    const all = logLines.join('\n');
    expect(all).toContain('/trpc/auth.signIn');
    expect(all).not.toContain(TEST_PASSWORD);
    expect(all).not.toContain('http@example.test');
    expect(all).not.toContain('umbrella_session');
    expect(all).not.toContain('?input=');
  });
});
