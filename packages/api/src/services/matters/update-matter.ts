import { matters } from '@umbrella/db';
import { MATTER_KIND_LABELS, STAGE_DECISION_FIELDS, type updateMatterInput } from '@umbrella/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { inClientTransaction, type StaffContext } from '../access/client-record.ts';
import { changedFields } from '../access/changed-fields.ts';
import { staleOrMissing } from '../access/versioned.ts';
import { loadDetails, replaceDetails, sealedMainReference } from './details.ts';
import {
  auditMatterChange,
  checkCounterparts,
  loadMatterForChange,
  whereMatterAtVersion,
} from './load-matter.ts';
import { loadMatterView, type MatterView } from './matter-view.ts';

/** Edits a matter's counterparts and details (not its stage: that moves through changeStage). */
export async function updateMatter(
  ctx: StaffContext,
  input: z.infer<typeof updateMatterInput>,
): Promise<MatterView> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const at = { matterId: input.id, version: input.version };
    const before = await loadMatterForChange(tx, ctx, at, 'matters.update');
    if (before.kind !== input.kind) {
      throw badRequest(
        'kind',
        `This matter is a ${MATTER_KIND_LABELS[before.kind].toLowerCase()}; its kind cannot be changed.`,
      );
    }
    await checkCounterparts(tx, {
      agencyId: input.agencyId,
      contactId: input.contactId,
      forceAgencyId: input.kind === 'police_report' ? input.details.forceAgencyId : null,
    });
    const oldDetails = (await loadDetails(tx, ctx.cipher, [before])).get(before.id)?.details ?? {};
    const [updated] = await tx
      .update(matters)
      .set({
        agencyId: input.agencyId,
        contactId: input.contactId,
        ...sealedMainReference(ctx.cipher, input),
        version: sql`${matters.version} + 1`,
        updatedAt: now,
      })
      .where(whereMatterAtVersion(at))
      .returning();
    if (!updated) throw await staleOrMissing(tx, matters, input.id, 'matter');
    for (const field of STAGE_DECISION_FIELDS[input.kind]) {
      const from = (oldDetails as Record<string, unknown>)[field] ?? null;
      const to = (input.details as Record<string, unknown>)[field] ?? null;
      if (from !== to) {
        throw badRequest(field, 'Record a decision as a stage change: it moves the matter on and dates it.');
      }
    }
    await replaceDetails(tx, ctx.cipher, updated.id, input);
    const changedDetails = changedFields<string>(oldDetails, input.details, Object.keys(input.details));
    await auditMatterChange(tx, ctx, 'matters.update', updated, {
      changed: [
        ...(before.agencyId !== input.agencyId ? ['agencyId'] : []),
        ...(before.contactId !== input.contactId ? ['contactId'] : []),
        ...changedDetails,
      ],
    });
    return loadMatterView(tx, ctx.cipher, updated.id);
  });
}
