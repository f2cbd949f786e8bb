import { appRouter, createContext, type Context } from '@umbrella/api';
import type { DatabaseHandle, FieldCipher } from '@umbrella/db';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { ServerConfig } from './config.ts';
import { calendarRoutes, loggablePath } from './http/calendar.ts';
import { fileRoutes, fileTooLarge } from './http/files.ts';
import { sarRoutes } from './http/sar.ts';
import { health } from './http/health.ts';
import { safeErrorFields } from './http/safe-error.ts';
import {
  hostCheck,
  noStore,
  onlyPost,
  originCheck,
  permissionsPolicy,
  requestId,
  securityHeaders,
} from './http/security.ts';
import { expressCookieJar } from './http/session-cookie.ts';
import { systemClock, testClock } from './http/test-clock.ts';
import { webApp } from './http/web-app.ts';
import type { Logger } from './logger.ts';

/** API request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 100 * 1024;
export const MAX_BATCH_SIZE = 10;

/** `cipher` seals and opens the encrypted columns (the keyring of `config.encryption`, opened at start). */
export function createApp(
  config: ServerConfig,
  database: DatabaseHandle,
  logger: Logger,
  cipher: FieldCipher,
) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.use(requestId);
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => (res as Response).locals.requestId as string,
      serializers: {
        // Path only: query strings carry tRPC inputs, which may hold personal data; a calendar feed's path
        // carries its secret token, so it is logged without it.
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggablePath(req.url.split('?')[0] ?? ''),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders(config));
  app.use(permissionsPolicy);
  // Before the host check: load balancers probe it by address.
  app.get('/health', noStore, health(database));
  app.use(hostCheck(config));
  app.use(originCheck(config));

  let clock = systemClock();
  if (config.testClock) {
    const test = testClock();
    clock = test.clock;
    app.use('/__test__', noStore);
    app.use(test.routes);
  }
  const contextFor = (req: Request, res: Response): Promise<Context> =>
    createContext(
      { db: database.db, config: config.auth, cipher, now: () => clock.now() },
      {
        meta: {
          requestId: res.locals.requestId as string,
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        },
        cookies: expressCookieJar(req, res, config.auth),
      },
    );

  app.use(
    '/trpc',
    noStore,
    onlyPost,
    createExpressMiddleware({
      router: appRouter,
      maxBodySize: MAX_BODY_BYTES,
      // A batch is at most this many calls, so one request cannot carry a burst of sign-in guesses.
      maxBatchSize: MAX_BATCH_SIZE,
      // The web app POSTs queries too, so inputs never travel in URLs (see apps/web/src/trpc.ts).
      allowMethodOverride: true,
      createContext: ({ req, res }) => contextFor(req, res),
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ path, err: safeErrorFields(error.cause) }, 'procedure failed');
        }
      },
    }),
  );

  app.use('/files', noStore);
  app.use(fileRoutes(contextFor), fileTooLarge);
  app.use('/sar', noStore);
  app.use(sarRoutes(contextFor));

  // No session: calendar apps fetch the feed by its secret address.
  app.use(calendarRoutes(config, database.db, () => clock.now()));

  app.use(webApp(config.webDist));

  // Anything thrown outside tRPC (e.g. a static file error): a plain message, never a stack trace.
  app.use((error: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) req.log.error({ err: safeErrorFields(error) }, 'request failed');
    res
      .status(status)
      .type('text/plain')
      .send(status === 404 ? 'Not found' : 'Something went wrong.');
  });
  return app;
}
