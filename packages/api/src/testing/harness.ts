import type { FieldCipher } from '@umbrella/db';
import { createTestDatabase, testCipher, type TestDatabaseHandle } from '@umbrella/db/testing';
import { defaultAuthConfig, type AuthConfig } from '../config.ts';
import { createContext, type Context, type SessionCookieJar } from '../context.ts';
import { createCaller } from '../root.ts';

/** A browser's cookie jar, for calling the router as one browser would. */
export class MemoryCookieJar implements SessionCookieJar {
  token: string | undefined;
  clearedSiteData = false;
  read() {
    return this.token;
  }
  write(token: string) {
    this.token = token;
  }
  clear(options?: { clearSiteData?: boolean }) {
    this.token = undefined;
    if (options?.clearSiteData) this.clearedSiteData = true;
  }
}

export interface TestApi {
  handle: TestDatabaseHandle;
  config: AuthConfig;
  /** The tests' fixed keyring: what the API seals with, and what a test opens stored values with. */
  cipher: FieldCipher;
  /** The clock every call sees; tests move it to cross timeouts. */
  clock: { now: Date };
  /** A fresh browser: its own cookie jar and address. */
  browser(ip?: string): TestBrowser;
  close(): Promise<void>;
}

export interface TestBrowser {
  cookies: MemoryCookieJar;
  /** A caller with this browser's cookie, built per call so the session is re-read each time. */
  call(): Promise<ReturnType<typeof createCaller>>;
  /** The request context a call would get: for entry points outside tRPC (downloads). */
  context(): Promise<Context>;
}

export async function createTestApi(overrides: Partial<AuthConfig> = {}): Promise<TestApi> {
  const handle = await createTestDatabase();
  const config = { ...defaultAuthConfig, ...overrides };
  const clock = { now: new Date('2026-11-23T10:00:00Z') };
  let requests = 0;
  const cipher = testCipher();
  return {
    handle,
    config,
    cipher,
    clock,
    browser(ip = '203.0.113.10') {
      const cookies = new MemoryCookieJar();
      return {
        cookies,
        async call() {
          return createCaller(await this.context());
        },
        context() {
          return createContext(
            { db: handle.db, config, cipher, now: () => new Date(clock.now) },
            { meta: { requestId: `test-${++requests}`, ip }, cookies },
          );
        },
      };
    },
    close: () => handle.close(),
  };
}
