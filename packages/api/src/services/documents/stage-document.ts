import { createHash } from 'node:crypto';
import { disclosures, documents, type DbOrTx } from '@umbrella/db';
import { checkAttachment } from '@umbrella/domain';
import { and, count, eq, inArray, isNull, lt } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import type { AttachmentView } from '../communications/communication-view.ts';
import { sniffContent } from './sniff.ts';

/**
 * Staged uploads never attached are removed after this long: not to a communication, nor to a consent, nor
 * held by a request awaiting approval (a refused or withdrawn request lets its files go back to staged).
 */
export const STAGED_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** How many uploads one person may have waiting to be attached (10 MB each at most). */
export const MAX_STAGED_PER_USER = 30;

/**
 * Removes the staged files older than a day. A download of one (by its uploader) left a disclosure naming it:
 * the disclosure stays, without the file.
 */
export async function pruneStagedDocuments(tx: DbOrTx, now: Date): Promise<void> {
  const stale = and(
    isNull(documents.attachedAt),
    isNull(documents.communicationId),
    lt(documents.createdAt, new Date(now.getTime() - STAGED_LIFETIME_MS)),
  );
  const staleIds = tx.select({ id: documents.id }).from(documents).where(stale);
  await tx
    .update(disclosures)
    .set({ documentId: null, updatedAt: now })
    .where(inArray(disclosures.documentId, staleIds));
  await tx.delete(documents).where(stale);
}

/**
 * Keeps an uploaded file for a client, ready to attach to the communication being logged. The content's
 * type is sniffed and must match the file's name; the SHA-256 is kept so a copy handed on can be checked.
 */
export async function stageDocument(
  ctx: StaffContext,
  input: { personId: string; filename: string; bytes: Uint8Array },
): Promise<AttachmentView> {
  const now = ctx.now();
  const check = checkAttachment(input.filename, input.bytes.byteLength, await sniffContent(input.bytes));
  if (!check.ok) throw new AppError('BAD_REQUEST', check.message, { file: [check.message] });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'documents.upload', { write: true });
    await pruneStagedDocuments(tx, now);
    const [waiting] = await tx
      .select({ n: count() })
      .from(documents)
      .where(and(isNull(documents.attachedAt), eq(documents.uploadedById, ctx.session.user.id)));
    if (Number(waiting?.n ?? 0) >= MAX_STAGED_PER_USER) {
      const message = `You have ${MAX_STAGED_PER_USER} files waiting to be attached. Log the communication they belong to first.`;
      throw new AppError('BAD_REQUEST', message, { file: [message] });
    }
    const [row] = await tx
      .insert(documents)
      .values({
        personId: person.id,
        uploadedById: ctx.session.user.id,
        filename: check.filename,
        contentType: check.mime,
        size: input.bytes.byteLength,
        sha256,
        // Sealed: a scanned letter or consent form names the client.
        content: ctx.cipher.sealBytes('documents.content', input.bytes),
        createdAt: now,
        updatedAt: now,
      })
      .returning({
        id: documents.id,
        filename: documents.filename,
        contentType: documents.contentType,
        size: documents.size,
        sha256: documents.sha256,
      });
    if (!row) throw new Error('document insert returned nothing');
    await auditClientChange(tx, ctx, 'documents.upload', person.id, { documentId: row.id, size: row.size });
    return row;
  });
}
