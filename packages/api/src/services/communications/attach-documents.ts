import { documents, type DbOrTx } from '@umbrella/db';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

export const MISSING_ATTACHMENT =
  'An attachment could not be found (uploads not used within a day are removed). Upload it again.';

/**
 * Attaches files to a communication being logged; any that is missing or not theirs refuses the whole log.
 * `staged`: files the caller staged for this client and nothing holds yet. `held`: files a request awaiting
 * approval held for it (staged by whoever asked), now logged with the approved communication.
 */
export async function attachStagedDocuments(
  tx: DbOrTx,
  args: {
    ids: string[];
    personId: string;
    userId: string;
    communicationId: string;
    now: Date;
    from?: 'staged' | 'held';
  },
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
        args.from === 'held' ? isNotNull(documents.attachedAt) : isNull(documents.attachedAt),
      ),
    )
    .returning({ id: documents.id });
  if (attached.length !== ids.length) throw badRequest('attachmentIds', MISSING_ATTACHMENT);
}

/**
 * Marks files the caller staged for this client as attached to something other than a communication (a
 * consent's signed form, or a request awaiting approval holding them), so they are never pruned. Returns how
 * many it found: any fewer than asked means one is missing, not this caller's, or already in use.
 */
export async function claimStagedDocuments(
  tx: DbOrTx,
  args: { ids: string[]; personId: string; userId: string; now: Date },
): Promise<number> {
  const ids = [...new Set(args.ids)];
  if (!ids.length) return 0;
  const claimed = await tx
    .update(documents)
    .set({ attachedAt: args.now, updatedAt: args.now })
    .where(
      and(
        inArray(documents.id, ids),
        eq(documents.personId, args.personId),
        eq(documents.uploadedById, args.userId),
        isNull(documents.communicationId),
        isNull(documents.attachedAt),
      ),
    )
    .returning({ id: documents.id });
  return claimed.length;
}

/** A refused or withdrawn request lets its held files go: staged again, so the daily pruning removes them. */
export async function releaseHeldDocuments(
  tx: DbOrTx,
  args: { ids: string[]; personId: string; now: Date },
): Promise<void> {
  const ids = [...new Set(args.ids)];
  if (!ids.length) return;
  await tx
    .update(documents)
    .set({ attachedAt: null, updatedAt: args.now })
    .where(
      and(
        inArray(documents.id, ids),
        eq(documents.personId, args.personId),
        isNull(documents.communicationId),
      ),
    );
}
