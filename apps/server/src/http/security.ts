import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ServerConfig } from '../config.ts';

/** Strict headers for everything served: CSP without inline script or eval, no framing, no referrer. */
export function securityHeaders(config: ServerConfig) {
  const https = config.publicUrl?.protocol === 'https:';
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

export function permissionsPolicy(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  next();
}

const SAFE_REQUEST_ID = /^[\w-]{8,64}$/;

/** Every request gets an id (a proxy's, if it looks safe), echoed in the response and in every log line. */
export function requestId(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get('x-request-id');
  const id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
}

export function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Without PUBLIC_URL Umbrella is being run locally: it answers only requests addressed to a loopback name,
 * so a web page whose own domain resolves to 127.0.0.1 (DNS rebinding) cannot talk to it. With PUBLIC_URL,
 * only that host is answered.
 */
export function hostCheck(config: ServerConfig) {
  return (req: Request, res: Response, next: NextFunction) => {
    const host = req.get('host') ?? '';
    const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
    const allowed = config.publicUrl ? hostname === config.publicUrl.hostname : LOOPBACK_HOSTS.has(hostname);
    if (allowed) return next();
    res
      .status(421)
      .type('text/plain')
      .send('This address is not served here. Set PUBLIC_URL to the address people use to reach Umbrella.');
  };
}

/** The API takes POST only (the web app POSTs queries too), so no input ever travels in a URL. */
export function onlyPost(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'POST') return next();
  res.setHeader('Allow', 'POST');
  res.status(405).json({ error: { message: 'Use POST for the API.' } });
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests sent from another site (CSRF). Browsers always send Origin on such
 * requests; it must be Umbrella's own: PUBLIC_URL when set, otherwise the host the request was sent to.
 */
export function originCheck(config: ServerConfig) {
  const allowed = config.publicUrl?.origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    if (!origin) {
      // Non-browser clients (scripts, curl) send neither; a browser request without Origin is refused.
      if (!fetchSite || fetchSite === 'same-origin' || fetchSite === 'none') return next();
      return refuse(res);
    }
    const expected = allowed ?? `${req.protocol}://${req.get('host')}`;
    if (origin === expected) return next();
    return refuse(res);
  };
}

/** The answer to a request that did not come from Umbrella's own pages. */
export function refuse(res: Response) {
  res.status(403).json({ error: { message: 'Request refused: it did not come from Umbrella itself.' } });
}
