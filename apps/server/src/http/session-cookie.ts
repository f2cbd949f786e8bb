import { sessionCookieName, type AuthConfig, type SessionCookieJar } from '@umbrella/api';
import type { Request, Response } from 'express';

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The session cookie: HttpOnly, SameSite=Lax, path /, no Max-Age (it ends with the browser; the server
 * enforces the idle and absolute timeouts). Over https: Secure with the `__Host-` prefix.
 */
export function expressCookieJar(req: Request, res: Response, config: AuthConfig): SessionCookieJar {
  const name = sessionCookieName(config);
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/' };
  return {
    read: () => readCookie(req.headers.cookie, name),
    write: (token) => {
      res.cookie(name, token, options);
    },
    clear: (opts) => {
      res.clearCookie(name, options);
      if (opts?.clearSiteData) res.setHeader('Clear-Site-Data', '"cache", "cookies", "storage"');
    },
  };
}
