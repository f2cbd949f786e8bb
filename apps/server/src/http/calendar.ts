import { calendarFeedIcs } from '@umbrella/api';
import type { DbOrTx } from '@umbrella/db';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { ServerConfig } from '../config.ts';

const FEED_FILE = /^(?<token>[A-Za-z0-9_-]{43})\.ics$/;

/** Request logs show this instead of a feed's path: the token in it is as good as a password. */
export const CALENDAR_LOG_PATH = '/calendar/[redacted]';

/**
 * The path as it may be logged: a calendar feed's secret token is never written anywhere, whatever the case
 * the path was typed in.
 */
export function loggablePath(path: string): string {
  return /^\/calendar\//i.test(path) ? CALENDAR_LOG_PATH : path;
}

function notFound(res: Response) {
  res.status(404).type('text/plain').send('Not found');
}

/**
 * GET /calendar/<token>.ics: a user's calendar feed, for calendar apps that cannot sign in. The secret address
 * is the only key; an unknown, revoked or deactivated one gets the same 404 as a mistyped one.
 */
export function calendarRoutes(config: Pick<ServerConfig, 'publicUrl'>, db: DbOrTx, now: () => Date): Router {
  // Case-sensitive: only /calendar/ serves a feed (the request log redacts every spelling of it anyway).
  const routes = Router({ caseSensitive: true });
  routes.get('/calendar/:file', async (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = FEED_FILE.exec(String(req.params.file))?.groups?.token;
    if (!token) return notFound(res);
    try {
      const origin = config.publicUrl?.origin ?? `${req.protocol}://${req.get('host')}`;
      const ics = await calendarFeedIcs(db, token, now(), origin);
      if (ics === null) return notFound(res);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', 'inline; filename="umbrella.ics"');
      res.send(ics);
    } catch (error) {
      next(error);
    }
  });
  return routes;
}
