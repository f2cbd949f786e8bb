import { Writable } from 'node:stream';
import { digestDeliveries, type DatabaseHandle } from '@umbrella/db';
import { createTestDatabase, createUser } from '@umbrella/db/testing';
import type { DigestMail } from '@umbrella/api';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIGEST_CHECK_INTERVAL_MS, DIGEST_FIRST_CHECK_MS, startWeeklyDigest } from './weekly-digest.ts';

let database: DatabaseHandle;
const logLines: string[] = [];
const logger = pino(
  { base: undefined },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
);
const mail = {
  smtpUrl: 'smtp://mail.invalid:587',
  from: 'umbrella@example.org',
  publicUrl: 'https://u.example.org',
};

beforeAll(async () => {
  database = await createTestDatabase();
  await createUser(database.db, { email: 'worker@x.test' });
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the weekly digest job', () => {
  it('looks shortly after start and hourly, sends once a week, and logs no address', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const sent: DigestMail[] = [];
    let now = new Date('2026-11-23T06:00:00Z'); // Monday, before 07:00 in London
    const job = startWeeklyDigest({
      db: database.db,
      mail,
      logger,
      now: () => now,
      send: async (m) => {
        sent.push(m);
      },
    });
    try {
      await vi.advanceTimersByTimeAsync(DIGEST_FIRST_CHECK_MS);
      expect(sent).toEqual([]);
      now = new Date('2026-11-23T07:05:00Z');
      await vi.advanceTimersByTimeAsync(DIGEST_CHECK_INTERVAL_MS);
      await vi.waitFor(async () => expect(await database.db.select().from(digestDeliveries)).toHaveLength(1));
      await vi.waitFor(() => expect(logLines.join('')).toContain('weekly digest e-mails'));
      expect(sent.map((m) => m.to)).toEqual(['worker@x.test']);
      expect(sent[0]?.text).toContain('https://u.example.org/digest');
      now = new Date('2026-11-23T08:05:00Z');
      await vi.advanceTimersByTimeAsync(DIGEST_CHECK_INTERVAL_MS);
      expect(sent).toHaveLength(1);
      expect(logLines.join('')).not.toContain('worker@x.test');
    } finally {
      job.stop();
    }
  });

  it('logs a failed sending by its code only', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    await createUser(database.db, { email: 'second@x.test' });
    const job = startWeeklyDigest({
      db: database.db,
      mail,
      logger,
      now: () => new Date('2026-11-24T09:00:00Z'),
      send: async () => {
        throw Object.assign(new Error('550 mailbox <second@x.test> unavailable'), { code: 'EENVELOPE' });
      },
    });
    try {
      await vi.advanceTimersByTimeAsync(DIGEST_FIRST_CHECK_MS);
      await vi.waitFor(() => expect(logLines.join('')).toContain('"failureCodes":["EENVELOPE"]'));
      expect(logLines.join('')).not.toContain('second@x.test');
    } finally {
      job.stop();
    }
  });
});
