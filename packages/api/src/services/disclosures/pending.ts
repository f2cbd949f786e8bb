import { disclosures, openPendingCommunication, type DbOrTx, type FieldCipher } from '@umbrella/db';
import { createCommunicationInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { openClientRecord, type PersonRow, type StaffContext } from '../access/client-record.ts';
import { releaseHeldDocuments } from '../communications/attach-documents.ts';
import type { CommunicationInput } from '../communications/log-communication.ts';

export type DisclosureRow = typeof disclosures.$inferSelect;

export const ALREADY_DECIDED = 'This request has already been decided or withdrawn.';

/**
 * Opens a request awaiting approval for a decision or a withdrawal: finds its client, checks the caller may
 * open the record (`write` also refuses an archived client), then locks the request. Refused when it no longer
 * awaits approval (field `id`), or when it changed since the caller read it (CONFLICT).
 */
export async function openAwaitingRequest(
  tx: DbOrTx,
  ctx: StaffContext,
  input: { id: string; version: number },
  action: string,
  options: { write?: boolean; check?: (row: DisclosureRow, person: PersonRow) => void } = {},
): Promise<{ person: PersonRow; request: DisclosureRow }> {
  const [found] = await tx
    .select({ personId: disclosures.personId })
    .from(disclosures)
    .where(eq(disclosures.id, input.id))
    .limit(1);
  if (!found) throw notFound('request');
  const person = await openClientRecord(tx, ctx, found.personId, action, { write: options.write });
  const [request] = await tx.select().from(disclosures).where(eq(disclosures.id, input.id)).for('update');
  if (!request) throw notFound('request');
  options.check?.(request, person);
  if (request.status !== 'awaiting_approval') throw badRequest('id', ALREADY_DECIDED);
  if (request.version !== input.version) throw conflict('request');
  return { person, request };
}

/** The files a request awaiting approval holds (its communication's attachments). */
export function heldAttachmentIds(request: DisclosureRow): string[] {
  const ids = request.pendingCommunication?.attachmentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** A refused or withdrawn request lets its held files go, back to staged: the daily pruning removes them. */
export async function releaseRequest(tx: DbOrTx, request: DisclosureRow, now: Date): Promise<void> {
  await releaseHeldDocuments(tx, { ids: heldAttachmentIds(request), personId: request.personId, now });
}

/**
 * The communication a request holds, as it will be logged on approval: sent today (it could not be sent
 * before), so a reply-due date is computed from today; one set by hand stays if it is still ahead.
 */
export function pendingAsLogged(
  cipher: FieldCipher,
  request: DisclosureRow,
  today: string,
): CommunicationInput {
  const stored = openPendingCommunication(cipher, request.pendingCommunication ?? {});
  const replyDue = typeof stored.replyDue === 'string' && stored.replyDue >= today ? stored.replyDue : null;
  const parsed = createCommunicationInput.safeParse({ ...stored, occurredOn: today, replyDue });
  if (!parsed.success || parsed.data.personId !== request.personId) {
    throw badRequest(
      'id',
      'This request can no longer be logged as it was asked. Refuse it, and the caseworker can ask again.',
    );
  }
  return parsed.data;
}
