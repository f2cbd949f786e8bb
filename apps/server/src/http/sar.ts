import { downloadSarBundle, fileErrorResponse, type Context } from '@umbrella/api';
import { isUuid } from '@umbrella/domain';
import { Router, type NextFunction, type Request, type Response } from 'express';

type ContextFor = (req: Request, res: Response) => Promise<Context>;

/**
 * GET /sar/:id/bundle.zip: everything held about one client, for a recorded subject access request
 * (supervisors; the export is recorded as a disclosure). Never cached; the file name carries no name.
 */
export function sarRoutes(contextFor: ContextFor): Router {
  const routes = Router();
  routes.get('/sar/:id/bundle.zip', async (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.id);
    if (!isUuid(id)) {
      res.status(400).json({ error: { message: 'Not a valid id', fieldErrors: { id: ['Not a valid id'] } } });
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
  });
  return routes;
}
