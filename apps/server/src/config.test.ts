import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('the test clock setting', () => {
  it('is off unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).testClock).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'off' }).testClock).toBe(false);
  });

  it('is allowed in tests', () => {
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'on' }).testClock).toBe(true);
  });

  it.each<[string, Record<string, string>]>([
    ['development', { NODE_ENV: 'development' }],
    ['production', { NODE_ENV: 'production', PUBLIC_URL: 'https://umbrella.example.org' }],
    ['no NODE_ENV (development by default)', {}],
  ])('is refused in %s', (_what, env) => {
    expect(() => loadConfig({ ...env, TEST_CLOCK: 'on' })).toThrow(
      /TEST_CLOCK: only allowed when NODE_ENV=test/,
    );
  });

  it('takes only on or off', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'yes' })).toThrow(/TEST_CLOCK/);
  });
});

describe('the rest of the configuration', () => {
  it('needs PUBLIC_URL in production, and a postgres:// DATABASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL: required in production/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/umbrella' })).toThrow(/DATABASE_URL/);
  });

  it('makes cookies Secure only when served over https', () => {
    const https = loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://umbrella.example.org' });
    expect(https.auth.secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).auth.secureCookies).toBe(false);
  });
});

describe('the accompaniment report window', () => {
  it('is 7 days unless set', () => {
    expect(loadConfig({}).auth.accompanimentReportWindowDays).toBe(7);
    expect(loadConfig({ ACCOMPANIMENT_REPORT_WINDOW_DAYS: '14' }).auth.accompanimentReportWindowDays).toBe(
      14,
    );
  });

  it.each(['0', '91', '2.5', 'a week'])('refuses %s', (value) => {
    expect(() => loadConfig({ ACCOMPANIMENT_REPORT_WINDOW_DAYS: value })).toThrow(
      /ACCOMPANIMENT_REPORT_WINDOW_DAYS/,
    );
  });
});

describe('break-glass access', () => {
  it('lasts 60 minutes unless set', () => {
    expect(loadConfig({}).auth.breakGlassMinutes).toBe(60);
    expect(loadConfig({ BREAK_GLASS_MINUTES: '30' }).auth.breakGlassMinutes).toBe(30);
    expect(loadConfig({ BREAK_GLASS_MINUTES: '480' }).auth.breakGlassMinutes).toBe(480);
  });

  it.each(['0', '481', '1.5', 'an hour'])('refuses %s', (value) => {
    expect(() => loadConfig({ BREAK_GLASS_MINUTES: value })).toThrow(/BREAK_GLASS_MINUTES/);
  });
});

describe('outgoing e-mail', () => {
  const smtp = {
    SMTP_URL: 'smtps://umbrella:secret@mail.example.org:465',
    MAIL_FROM: 'Umbrella <umbrella@example.org>',
    PUBLIC_URL: 'https://umbrella.example.org',
  };

  it('is off unless SMTP_URL is set', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({ MAIL_FROM: 'umbrella@example.org' }).mail).toBeUndefined();
  });

  it('takes an smtp:// or smtps:// URL, the sender and the public address for the link', () => {
    expect(loadConfig(smtp).mail).toEqual({
      smtpUrl: smtp.SMTP_URL,
      from: smtp.MAIL_FROM,
      publicUrl: smtp.PUBLIC_URL,
    });
    expect(
      loadConfig({ ...smtp, SMTP_URL: 'smtp://mail.example.org:587', MAIL_FROM: 'a@b.org' }).mail,
    ).toMatchObject({ smtpUrl: 'smtp://mail.example.org:587', from: 'a@b.org' });
  });

  it.each(['http://mail.example.org', 'mail.example.org:587', 'smtp:mail', 'smtp://'])(
    'refuses SMTP_URL %s',
    (value) => {
      expect(() => loadConfig({ ...smtp, SMTP_URL: value })).toThrow(/SMTP_URL must be a URL/);
    },
  );

  it('needs MAIL_FROM and PUBLIC_URL with SMTP_URL', () => {
    expect(() => loadConfig({ ...smtp, MAIL_FROM: undefined })).toThrow(/MAIL_FROM: required when SMTP_URL/);
    expect(() => loadConfig({ ...smtp, PUBLIC_URL: undefined })).toThrow(
      /PUBLIC_URL: required when SMTP_URL/,
    );
  });

  it.each(['umbrella', 'Umbrella <umbrella>', 'a@b.org\r\nBcc: x@y.org'])('refuses MAIL_FROM %j', (value) => {
    expect(() => loadConfig({ ...smtp, MAIL_FROM: value })).toThrow(/MAIL_FROM must be an address/);
  });

  it('never repeats the SMTP password in its complaint', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:hunter2@', MAIL_FROM: 'a@b.org' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});
