import { matters } from '@umbrella/db';
import { MATTER_KIND_LABELS, RECIPIENT_CATEGORY_LABELS, type recordPrintInput } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { loadDisclosureView, viewerOf } from './disclosure-view.ts';
import { recordDisclosure } from './record-disclosure.ts';
import type { DisclosureView } from './views.ts';

/** "Asylum claim" → "asylum claim"; "NRM referral" stays as it is. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

/**
 * A print of client data, recorded before the print dialogue opens: a disclosure for our own casework (the
 * chronology, of the whole case or one matter). Archived clients' records may be printed too.
 */
export async function recordPrint(
  ctx: StaffContext,
  input: z.infer<typeof recordPrintInput>,
): Promise<DisclosureView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'disclosures.print');
    let description = 'Chronology printed';
    if (input.matterId) {
      const [matter] = await tx
        .select({ kind: matters.kind })
        .from(matters)
        .where(and(eq(matters.id, input.matterId), eq(matters.personId, person.id)));
      if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
      description = `Chronology of ${inSentence(MATTER_KIND_LABELS[matter.kind])} printed`;
    }
    const file = await loadCaseFile(tx, person.id);
    const id = await recordDisclosure(tx, {
      personId: person.id,
      caseId: file.id,
      kind: 'print',
      status: 'made',
      recipientCategory: 'own_organisation',
      recipientLabel: RECIPIENT_CATEGORY_LABELS.own_organisation,
      informationShared: ['identity', 'case_details'],
      basis: 'own_casework',
      description,
      requestedById: ctx.session.user.id,
      now,
    });
    await auditClientChange(tx, ctx, 'disclosures.print', person.id, {
      disclosureId: id,
      what: input.what,
      matterId: input.matterId,
    });
    return loadDisclosureView(tx, id, viewerOf(ctx));
  });
}
