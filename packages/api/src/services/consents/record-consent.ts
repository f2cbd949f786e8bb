import { consents } from '@umbrella/db';
import { londonToday, type recordConsentInput } from '@umbrella/domain';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { assertNotInFuture } from '../cases/calendar.ts';
import { claimStagedDocuments } from '../communications/attach-documents.ts';
import type { ConsentView } from '../disclosures/views.ts';
import { loadConsentView } from './consent-view.ts';

/** Consent recorded as given before this is a typing error. */
const EARLIEST_GIVEN_ON = '1900-01-01';

/**
 * Records what a client agreed may be shared, with which kinds of agency, how and when; in force at once for
 * the disclosure firewall. A written consent may carry its signed form: a file the caller staged for this
 * client (POST /files), attached to the consent so it is never pruned. A consent is never edited: it is
 * withdrawn and a new one recorded. Audited with ids and categories only.
 */
export async function recordConsent(
  ctx: StaffContext,
  input: z.infer<typeof recordConsentInput>,
): Promise<ConsentView> {
  const now = ctx.now();
  const today = londonToday(now);
  assertNotInFuture('givenOn', input.givenOn, now, 'The day consent was given cannot be in the future.');
  if (input.givenOn < EARLIEST_GIVEN_ON) {
    throw badRequest('givenOn', 'The day consent was given must be in 1900 or later.');
  }
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'consents.record', { write: true });
    if (input.documentId) {
      const claimed = await claimStagedDocuments(tx, {
        ids: [input.documentId],
        personId: person.id,
        userId: ctx.session.user.id,
        now,
      });
      if (claimed !== 1) {
        throw badRequest(
          'documentId',
          'The signed form could not be found (uploads not used within a day are removed). Upload it again.',
        );
      }
    }
    const [row] = await tx
      .insert(consents)
      .values({
        personId: person.id,
        categories: [...input.categories],
        method: input.method,
        givenOn: input.givenOn,
        documentId: input.documentId,
        scope: input.scope,
        recordedById: ctx.session.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: consents.id });
    if (!row) throw new Error('consent insert returned nothing');
    await auditClientChange(tx, ctx, 'consents.record', person.id, {
      consentId: row.id,
      categories: input.categories,
      method: input.method,
      documentId: input.documentId,
    });
    return loadConsentView(tx, row.id, now, today);
  });
}
