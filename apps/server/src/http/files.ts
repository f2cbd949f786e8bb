import { downloadFile, fileErrorResponse, uploadFile, type Context } from '@umbrella/api';
import { isUuid, MAX_ATTACHMENT_BYTES } from '@umbrella/domain';
import express, { Router, type NextFunction, type Request, type Response } from 'express';

type ContextFor = (req: Request, res: Response) => Promise<Context>;

function badRequest(res: Response, field: string, message: string) {
  res.status(400).json({ error: { message, fieldErrors: { [field]: [message] } } });
}

function fail(res: Response, next: NextFunction, error: unknown) {
  const answer = fileErrorResponse(error);
  if (answer) {
    res.status(answer.status).json({ error: answer.body });
    return;
  }
  next(error);
}

/**
 * `filename*=` for any script (RFC 8187: encodeURIComponent, plus the four characters it leaves that the
 * header does not allow), and an ASCII fallback for old clients.
 */
function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Attachments: POST /files uploads one file's raw bytes for a client (the client's id and the file name in
 * headers, never in the URL); GET /files/:id downloads one, always as an attachment and never sniffed.
 */
export function fileRoutes(contextFor: ContextFor): Router {
  const routes = Router();
  routes.post(
    '/files',
    express.raw({ type: 'application/octet-stream', limit: MAX_ATTACHMENT_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      const personId = req.get('x-umbrella-person') ?? '';
      if (!isUuid(personId)) return badRequest(res, 'personId', 'Say which client the file is for.');
      let filename = '';
      try {
        filename = decodeURIComponent(req.get('x-umbrella-filename') ?? '');
      } catch {
        return badRequest(res, 'file', 'The file name could not be read.');
      }
      if (!Buffer.isBuffer(req.body)) {
        return badRequest(res, 'file', 'Send the file as application/octet-stream.');
      }
      try {
        const ctx = await contextFor(req, res);
        const stored = await uploadFile(ctx, { personId, filename, bytes: req.body });
        res.status(201).json(stored);
      } catch (error) {
        fail(res, next, error);
      }
    },
  );
  routes.get('/files/:id', async (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.id);
    if (!isUuid(id)) return badRequest(res, 'id', 'Not a valid id');
    try {
      const ctx = await contextFor(req, res);
      const file = await downloadFile(ctx, id);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
      res.send(Buffer.from(file.content));
    } catch (error) {
      fail(res, next, error);
    }
  });
  return routes;
}

/** An upload over the size limit: a JSON answer naming the field, like any other refusal. */
export function fileTooLarge(
  error: Error & { type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  if (error.type !== 'entity.too.large') return next(error);
  const message = `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB. It was not attached.`;
  res.status(413).json({ error: { message, fieldErrors: { file: [message] } } });
}
