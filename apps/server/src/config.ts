import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthConfig } from '@umbrella/api';
import { KeyringError, parseKeyList, type KeyringSource } from '@umbrella/db';
import {
  BREAK_GLASS_MINUTES_MAX,
  BREAK_GLASS_MINUTES_MIN,
  DEFAULT_BREAK_GLASS_MINUTES,
  DEFAULT_REPORT_WINDOW_DAYS,
} from '@umbrella/domain';
import { z } from 'zod';

/**
 * All configuration comes from the environment, read and validated here once; nothing else reads
 * process.env (lint enforces it). Every variable is listed in the README.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PUBLIC_URL: z
    .url({ error: 'PUBLIC_URL must be a full URL such as https://umbrella.example.org' })
    .optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(30),
  LOGIN_THROTTLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Days after an appointment during which its volunteer may still open it and file the report. */
  ACCOMPANIMENT_REPORT_WINDOW_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90)
    .default(DEFAULT_REPORT_WINDOW_DAYS),
  /** Minutes a caseworker's break-glass access to a restricted record outside their teams lasts. */
  BREAK_GLASS_MINUTES: z.coerce
    .number()
    .int()
    .min(BREAK_GLASS_MINUTES_MIN)
    .max(BREAK_GLASS_MINUTES_MAX)
    .default(DEFAULT_BREAK_GLASS_MINUTES),
  /** The mail server for the weekly digest e-mail: smtp://user:pass@host:587 or smtps://…:465. Unset: no e-mail. */
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      hostname: /^\S+$/,
      error: 'SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587 or smtps://…:465',
    })
    .optional(),
  /** The sender of Umbrella's e-mail, e.g. "Umbrella <umbrella@example.org>". Required with SMTP_URL. */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:"?[^"<>\r\n]+"?\s*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>"]+@[^\s@<>]+)$/, {
      error: 'MAIL_FROM must be an address such as umbrella@example.org or "Umbrella <umbrella@example.org>"',
    })
    .optional(),
  /** The encryption keys, "id:base64key,…" (32 random bytes each), the first current. Never logged. */
  ENCRYPTION_KEYS: z.string().optional(),
  /** Or a keyring file (see `pnpm keys:rotate`). Neither: `<DATA_DIR>/keyring.json`, generated on first start. */
  ENCRYPTION_KEYRING_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  /** Browser tests only: lets the test move the server's clock (POST /__test__/clock). Refused elsewhere. */
  TEST_CLOCK: z.enum(['on', 'off']).default('off'),
});

export interface ServerConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** The address users reach Umbrella at, when set; decides Secure cookies and the allowed Origin. */
  publicUrl: URL | undefined;
  trustProxy: number;
  auth: AuthConfig;
  logLevel: string;
  webDist: string;
  /** Whether the test clock endpoint is served (NODE_ENV=test only). */
  testClock: boolean;
  /** Outgoing e-mail (the weekly digest), when SMTP_URL is set. */
  mail: MailConfig | undefined;
  /** Where the keys of the encrypted columns come from (holds key material when from ENCRYPTION_KEYS). */
  encryption: KeyringSource;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
  /** Where the digest e-mail's link points (PUBLIC_URL). */
  publicUrl: string;
}

/** `DATA_DIR=./.data` means the folder the command was started from (pnpm runs scripts elsewhere). */
function fromInvocationDir(path: string, invocationDir: string): string {
  return isAbsolute(path) ? path : resolve(invocationDir, path);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Umbrella's configuration is not valid:\n${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) {
    throw new Error(
      "Umbrella's configuration is not valid:\n  PUBLIC_URL: required in production (the https address people use)",
    );
  }
  if (e.TEST_CLOCK === 'on' && e.NODE_ENV !== 'test') {
    throw new Error("Umbrella's configuration is not valid:\n  TEST_CLOCK: only allowed when NODE_ENV=test");
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new Error(
      "Umbrella's configuration is not valid:\n  MAIL_FROM: required when SMTP_URL is set (the sender of Umbrella's e-mail)",
    );
  }
  if (e.SMTP_URL && !e.PUBLIC_URL) {
    throw new Error(
      "Umbrella's configuration is not valid:\n  PUBLIC_URL: required when SMTP_URL is set (the digest e-mail links to it)",
    );
  }
  const invocationDir = env.INIT_CWD ?? process.cwd();
  const publicUrl = e.PUBLIC_URL ? new URL(e.PUBLIC_URL) : undefined;
  const dataDir = fromInvocationDir(e.DATA_DIR, invocationDir);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl,
    trustProxy: e.TRUST_PROXY,
    auth: {
      idleTimeoutMinutes: e.SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: e.SESSION_ABSOLUTE_HOURS,
      accountMaxFailures: e.LOGIN_MAX_FAILURES,
      ipMaxFailures: e.LOGIN_IP_MAX_FAILURES,
      throttleWindowMinutes: e.LOGIN_THROTTLE_MINUTES,
      secureCookies: publicUrl?.protocol === 'https:',
      accompanimentReportWindowDays: e.ACCOMPANIMENT_REPORT_WINDOW_DAYS,
      breakGlassMinutes: e.BREAK_GLASS_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST
      ? fromInvocationDir(e.WEB_DIST, invocationDir)
      : fileURLToPath(new URL('../../web/dist', import.meta.url)),
    testClock: e.TEST_CLOCK === 'on',
    mail:
      e.SMTP_URL && e.MAIL_FROM && e.PUBLIC_URL
        ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicUrl: e.PUBLIC_URL }
        : undefined,
    encryption: encryptionSource(e, dataDir, invocationDir),
  };
}

/**
 * The keyring: ENCRYPTION_KEYS, or ENCRYPTION_KEYRING_FILE, or (neither) `<DATA_DIR>/keyring.json`, generated on
 * first start beside the embedded database (outside its folder). A production server on PostgreSQL must be
 * given its keys: a key generated on one machine would leave the others unable to read the data.
 */
function encryptionSource(
  e: z.infer<typeof envSchema>,
  dataDir: string,
  invocationDir: string,
): KeyringSource {
  const invalid = (problem: string) => new Error(`Umbrella's configuration is not valid:\n  ${problem}`);
  if (e.ENCRYPTION_KEYS !== undefined && e.ENCRYPTION_KEYRING_FILE !== undefined) {
    throw invalid('ENCRYPTION_KEYS, ENCRYPTION_KEYRING_FILE: set one or the other, not both');
  }
  if (e.ENCRYPTION_KEYS !== undefined) {
    try {
      return { kind: 'env', contents: parseKeyList(e.ENCRYPTION_KEYS) };
    } catch (error) {
      // KeyringError messages name the variable and the key id, never a key.
      if (error instanceof KeyringError) throw invalid(error.message);
      throw error;
    }
  }
  if (e.ENCRYPTION_KEYRING_FILE !== undefined) {
    return {
      kind: 'file',
      path: fromInvocationDir(e.ENCRYPTION_KEYRING_FILE, invocationDir),
      createIfMissing: false,
    };
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL) {
    throw invalid(
      'ENCRYPTION_KEYS or ENCRYPTION_KEYRING_FILE: required in production with DATABASE_URL (the key that ' +
        'encrypts names, dates of birth, contact details, references and sensitive notes; see the README, "Encryption")',
    );
  }
  return { kind: 'file', path: join(dataDir, 'keyring.json'), createIfMissing: true };
}
