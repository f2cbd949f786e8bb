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

describe('the encryption keys', () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
  const production = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://umbrella.example.org',
    DATABASE_URL: 'postgres://umbrella@db.example.org/umbrella',
  };

  it('are generated into <DATA_DIR>/keyring.json for the embedded default, outside the database folder', () => {
    const config = loadConfig({ DATA_DIR: '/srv/umbrella' });
    expect(config.encryption).toEqual({
      kind: 'file',
      path: '/srv/umbrella/keyring.json',
      createIfMissing: true,
    });
    // Also in production on the embedded database: the keyring lives (and is backed up) with its data.
    expect(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://u.example.org', DATA_DIR: '/srv/u' })
        .encryption,
    ).toMatchObject({ kind: 'file', path: '/srv/u/keyring.json', createIfMissing: true });
  });

  it('come from ENCRYPTION_KEYS, the first being current', () => {
    const config = loadConfig({ ...production, ENCRYPTION_KEYS: `k2:${key(2)},k1:${key(1)}` });
    expect(config.encryption.kind).toBe('env');
    if (config.encryption.kind !== 'env') return;
    expect(config.encryption.contents.current).toBe('k2');
    expect(config.encryption.contents.keys.map((k) => k.id)).toEqual(['k2', 'k1']);
  });

  it('come from a keyring file named in ENCRYPTION_KEYRING_FILE, which is never generated', () => {
    expect(
      loadConfig({ ...production, ENCRYPTION_KEYRING_FILE: '/etc/umbrella/keyring.json' }).encryption,
    ).toEqual({ kind: 'file', path: '/etc/umbrella/keyring.json', createIfMissing: false });
    expect(
      loadConfig({ ENCRYPTION_KEYRING_FILE: 'keys.json', INIT_CWD: '/home/u' }).encryption,
    ).toMatchObject({ path: '/home/u/keys.json' });
  });

  it('are required in production on PostgreSQL: the server refuses to start without them', () => {
    expect(() => loadConfig(production)).toThrow(
      /ENCRYPTION_KEYS or ENCRYPTION_KEYRING_FILE: required in production with DATABASE_URL/,
    );
    // In development on PostgreSQL, a keyring is generated in DATA_DIR (development only).
    expect(loadConfig({ DATABASE_URL: production.DATABASE_URL }).encryption).toMatchObject({
      kind: 'file',
      createIfMissing: true,
    });
  });

  it('refuse both at once, and a malformed list', () => {
    expect(() => loadConfig({ ENCRYPTION_KEYS: `k1:${key(1)}`, ENCRYPTION_KEYRING_FILE: '/k.json' })).toThrow(
      /set one or the other/,
    );
    expect(() => loadConfig({ ENCRYPTION_KEYS: 'k1' })).toThrow(
      /ENCRYPTION_KEYS: entry 1 must be id:base64key/,
    );
    expect(() => loadConfig({ ENCRYPTION_KEYS: `k1:${key(1)},k1:${key(2)}` })).toThrow(/appears twice/);
    expect(() => loadConfig({ ENCRYPTION_KEYS: ` ` })).toThrow(/ENCRYPTION_KEYS: no keys/);
  });

  it('never repeat a key in a complaint', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => loadConfig({ ENCRYPTION_KEYS: `k1:${short}` })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/ENCRYPTION_KEYS: the key "k1" must be 32 random bytes/),
      }),
    );
    expect(() => loadConfig({ ENCRYPTION_KEYS: `k1:${short}` })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(short) }),
    );
  });
});
