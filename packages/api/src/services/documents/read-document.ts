import { appendAudit, documents } from '@umbrella/db';
import { eq } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { inClientTransaction, openClientRecord, type StaffContext } from '../access/client-record.ts';

export interface DocumentFile {
  filename: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}

/**
 * A file, for download, to someone who may open its client's record. A staged file (not yet attached) is
 * only its uploader's. Every download is audited.
 */
export async function readDocument(ctx: StaffContext, id: string): Promise<DocumentFile> {
  return inClientTransaction(ctx, async (tx) => {
    const [meta] = await tx
      .select({
        personId: documents.personId,
        communicationId: documents.communicationId,
        uploadedById: documents.uploadedById,
      })
      .from(documents)
      .where(eq(documents.id, id))
      .limit(1);
    if (!meta) throw notFound('file');
    const person = await openClientRecord(tx, ctx, meta.personId, 'documents.download');
    if (!meta.communicationId && meta.uploadedById !== ctx.session.user.id) throw notFound('file');
    const [file] = await tx
      .select({
        filename: documents.filename,
        contentType: documents.contentType,
        sha256: documents.sha256,
        content: documents.content,
      })
      .from(documents)
      .where(eq(documents.id, id));
    if (!file) throw notFound('file');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'documents.download',
      outcome: 'success',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.meta.requestId,
      details: { documentId: id, communicationId: meta.communicationId },
    });
    return file;
  });
}
