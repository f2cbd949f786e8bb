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
