import { documents } from '@umbrella/db';
import { RECIPIENT_CATEGORY_LABELS } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { recordDisclosure } from '../disclosures/record-disclosure.ts';

export interface DocumentFile {
  filename: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}

/**
 * A file, for download, to someone who may open its client's record. A staged file (not yet attached to a
 * communication or a consent, nor held by a request awaiting approval) is only its uploader's. Every download
 * is audited and recorded as a disclosure for our own casework, in the same transaction.
 */
export async function readDocument(ctx: StaffContext, id: string): Promise<DocumentFile> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const [meta] = await tx
      .select({
        personId: documents.personId,
        communicationId: documents.communicationId,
        uploadedById: documents.uploadedById,
        attachedAt: documents.attachedAt,
      })
      .from(documents)
      .where(eq(documents.id, id))
      .limit(1);
    if (!meta) throw notFound('file');
    const person = await openClientRecord(tx, ctx, meta.personId, 'documents.download');
    if (!meta.attachedAt && meta.uploadedById !== ctx.session.user.id) throw notFound('file');
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
    const caseFile = await loadCaseFile(tx, person.id);
    const disclosureId = await recordDisclosure(tx, {
      personId: person.id,
      caseId: caseFile.id,
      kind: 'download',
      status: 'made',
      recipientCategory: 'own_organisation',
      recipientLabel: RECIPIENT_CATEGORY_LABELS.own_organisation,
      informationShared: ['case_details'],
      basis: 'own_casework',
      // Never the file's name: it may name the client.
      description: 'Document downloaded',
      documentId: id,
      requestedById: ctx.session.user.id,
      now,
    });
    await auditClientChange(tx, ctx, 'documents.download', person.id, {
      documentId: id,
      communicationId: meta.communicationId,
      disclosureId,
    });
    return { ...file, content: ctx.cipher.openBytes('documents.content', file.content) };
  });
}
