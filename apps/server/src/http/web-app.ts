import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/**
 * Serves the built single-page app: hashed assets cached for a year, index.html never cached, and every
 * other path answered with index.html so the app's router can show the page (or its own 404).
 */
export function webApp(webDist: string): Router {
  const router = express.Router();
  const indexHtml = join(webDist, 'index.html');
  router.use(
    '/assets',
    express.static(join(webDist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get('/{*splat}', (req: Request, res: Response) => {
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web app has not been built. Run `pnpm start` (or `pnpm build`) from the project folder.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
