import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';

/** A clock the browser tests can move forward, to see what happens when a date passes. */
export interface Clock {
  now(): Date;
}

export function systemClock(): Clock {
  return { now: () => new Date() };
}

const offsetInput = z.object({ offsetDays: z.number().int().min(0).max(3650) });

/**
 * Test servers only (TEST_CLOCK=on with NODE_ENV=test, checked in config): POST /__test__/clock with
 * `{ offsetDays }` moves every request's "now" that many days ahead of the real time.
 */
export function testClock(): { clock: Clock; routes: Router } {
  let offsetMs = 0;
  const routes = Router();
  routes.post('/__test__/clock', express.json({ limit: '1kb' }), (req: Request, res: Response) => {
    const parsed = offsetInput.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: { message: 'Send { "offsetDays": a whole number from 0 to 3650 }' } });
      return;
    }
    offsetMs = parsed.data.offsetDays * 24 * 60 * 60 * 1000;
    res.json({ now: new Date(Date.now() + offsetMs).toISOString() });
  });
  return { clock: { now: () => new Date(Date.now() + offsetMs) }, routes };
}
