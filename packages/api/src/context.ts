import type { Database, FieldCipher } from '@umbrella/db';
import type { SessionStatus } from '@umbrella/domain';
import type { AuthConfig } from './config.ts';
import type { UserRow } from '@umbrella/db';
import { loadSession } from './services/auth/session-store.ts';

/** The session cookie, behind an interface so the API does not depend on Express. */
export interface SessionCookieJar {
  read(): string | undefined;
  write(token: string): void;
  /** Clears the cookie and asks the browser to drop cached data and storage (sign-out). */
  clear(options?: { clearSiteData?: boolean }): void;
}

export interface RequestMeta {
  requestId: string;
  ip: string;
}

export interface CurrentSession {
  id: string;
  status: SessionStatus;
  createdAt: Date;
  /** When this session proved the second factor, or null. */
  secondFactorAt: Date | null;
  user: UserRow;
}

export interface ApiDeps {
  db: Database;
  config: AuthConfig;
  /** Seals and opens the encrypted columns, and computes their blind indexes (the configured keyring). */
  cipher: FieldCipher;
  /** Whether the demo organisation is loaded is read from the database; this only overrides the clock. */
  now?: () => Date;
}

export interface Context {
  db: Database;
  config: AuthConfig;
  cipher: FieldCipher;
  meta: RequestMeta;
  cookies: SessionCookieJar;
  session: CurrentSession | null;
  now: () => Date;
}

/** Builds the tRPC context of one request: the database, the configuration and the session, if any. */
export async function createContext(
  deps: ApiDeps,
  request: { meta: RequestMeta; cookies: SessionCookieJar },
): Promise<Context> {
  const now = deps.now ?? (() => new Date());
  const base = { db: deps.db, config: deps.config, cipher: deps.cipher, now, ...request };
  const token = request.cookies.read();
  const session = token ? await loadSession(base, token) : null;
  if (token && !session) request.cookies.clear();
  return { ...base, session };
}
