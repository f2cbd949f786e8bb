import { randomUUID } from 'node:crypto';
import type { Context } from '@umbrella/api';
import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { sarRoutes } from './sar.ts';

/** The route with a context that nobody is signed in to: reaching it shows the request got past the checks. */
function appWithSpy() {
  const contextFor = vi.fn(async () => ({ session: null }) as unknown as Context);
  const app = express();
  app.use(sarRoutes(contextFor));
  return { app, contextFor };
}

const path = () => `/sar/${randomUUID()}/bundle.zip`;

describe('GET /sar/:id/bundle.zip', () => {
  it('refuses a request another site (or another origin of the same site) sent, before anything runs', async () => {
    for (const site of ['cross-site', 'same-site', 'something-new']) {
      const { app, contextFor } = appWithSpy();
      const res = await request(app).get(path()).set('Sec-Fetch-Site', site);
      expect(res.status, site).toBe(403);
      expect(res.body.error.message).toBe('Request refused: it did not come from Umbrella itself.');
      expect(contextFor).not.toHaveBeenCalled();
    }
  });

  it('lets Umbrella’s own pages, a typed address and non-browser clients through to the session check', async () => {
    for (const site of ['same-origin', 'none', undefined]) {
      const { app, contextFor } = appWithSpy();
      const req = request(app).get(path());
      const res = await (site ? req.set('Sec-Fetch-Site', site) : req);
      expect(res.status, String(site)).toBe(401);
      expect(contextFor).toHaveBeenCalledOnce();
    }
  });
});
