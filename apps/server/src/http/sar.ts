import { downloadSarBundle, fileErrorResponse, type Context } from '@umbrella/api';
import { isUuid } from '@umbrella/domain';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { refuse } from './security.ts';

type ContextFor = (req: Request, res: Response) => Promise<Context>;

/** What a browser says of where a request came from (`Sec-Fetch-Site`) that a bundle download may have. */
const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * The bundle is a GET that reads and discloses everything held about a client, so it is refused when the
 * browser says the request came from another site, or from another origin of the same site (a link or an
 * image on another page cannot trigger an export with the supervisor's cookie). Non-browser clients send
 * no `Sec-Fetch-Site` and are let through to the session check like any other request.
 */
function refuseCrossSite(req: Request, res: Response, next: NextFunction) {
  const fetchSite = req.get('sec-fetch-site');
  if (fetchSite === undefined || OWN_SITE.has(fetchSite)) return next();
  refuse(res);
}

/**
 * GET /sar/:id/bundle.zip: everything held about one client, for a recorded subject access request
 * (supervisors; the export is recorded as a disclosure). Never cached; the file name carries no name. Only
 * from Umbrella's own pages (refuseCrossSite).
 */
export function sarRoutes(contextFor: ContextFor): Router {
  const routes = Router();
  routes.get(
    '/sar/:id/bundle.zip',
    refuseCrossSite,
    async (req: Request, res: Response, next: NextFunction) => {
      const id = String(req.params.id);
      if (!isUuid(id)) {
        res
          .status(400)
          .json({ error: { message: 'Not a valid id', fieldErrors: { id: ['Not a valid id'] } } });
        return;
      }
      try {
        const bundle = await downloadSarBundle(await contextFor(req, res), id);
        res.setHeader('Content-Type', 'application/zip');
        res.setHeader('Content-Disposition', `attachment; filename="${bundle.filename}"`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.send(Buffer.from(bundle.bytes.buffer, bundle.bytes.byteOffset, bundle.bytes.byteLength));
      } catch (error) {
        const answer = fileErrorResponse(error);
        if (answer) {
          res.status(answer.status).json({ error: answer.body });
          return;
        }
        next(error);
      }
    },
  );
  return routes;
}
