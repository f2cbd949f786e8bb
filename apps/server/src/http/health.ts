import type { DatabaseHandle } from '@umbrella/db';
import type { Request, Response } from 'express';

/** A real query, so a health check fails when the database does. */
export function health(database: DatabaseHandle) {
  return async (_req: Request, res: Response) => {
    try {
      await database.ping();
      res.json({ status: 'ok', database: database.kind });
    } catch {
      res.status(503).json({ status: 'error', database: database.kind });
    }
  };
}
