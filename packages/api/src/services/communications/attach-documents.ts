import { documents, type DbOrTx } from '@umbrella/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

/** Attaches files the caller staged for this client; any that is missing or not theirs refuses the whole log. */
export async function attachStagedDocuments(
  tx: DbOrTx,
  args: { ids: string[]; personId: string; userId: string; communicationId: string; now: Date },
): Promise<void> {
  const ids = [...new Set(args.ids)];
  if (!ids.length) return;
  const attached = await tx
    .update(documents)
    .set({ communicationId: args.communicationId, attachedAt: args.now, updatedAt: args.now })
    .where(
      and(
        inArray(documents.id, ids),
        eq(documents.personId, args.personId),
        eq(documents.uploadedById, args.userId),
        isNull(documents.communicationId),
      ),
    )
    .returning({ id: documents.id });
  if (attached.length !== ids.length) {
    throw badRequest(
      'attachmentIds',
      'An attachment could not be found (uploads not used within a day are removed). Upload it again.',
    );
  }
}
