import pino from 'pino';

/**
 * Logs carry method, path, status, timing and the request id: never bodies, query strings (tRPC inputs),
 * headers, cookies or anything about a person.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.email'], remove: true },
  });
}

export type Logger = ReturnType<typeof createLogger>;
