import { people } from '@umbrella/db';
import { ALREADY_ANONYMISED_MESSAGE, type setLegalHoldInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, conflict } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { staleOrMissing } from '../access/versioned.ts';

export const ALREADY_ON_HOLD_MESSAGE = 'This client is already on legal hold.';

/**
 * Puts a client on legal hold (supervisors), with the reason: the retention policy passes them by and nobody
 * can anonymise them until the hold is lifted. Versioned with the client record; audited (never the reason).
 */
export async function setLegalHold(
  ctx: StaffContext,
  input: z.infer<typeof setLegalHoldInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.legal_hold_set', {
      forUpdate: true,
    });
    if (person.version !== input.version) throw conflict('client record');
    if (person.anonymisedAt) throw badRequest('personId', ALREADY_ANONYMISED_MESSAGE);
    if (person.legalHold) throw badRequest('personId', ALREADY_ON_HOLD_MESSAGE);
    const [updated] = await tx
      .update(people)
      .set({
        legalHold: true,
        legalHoldReason: input.reason,
        legalHoldSetById: ctx.session.user.id,
        legalHoldSetAt: now,
        version: sql`${people.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(people.id, person.id), eq(people.version, input.version)))
      .returning({ id: people.id, version: people.version });
    if (!updated) throw await staleOrMissing(tx, people, person.id, 'client record');
    await auditClientChange(tx, ctx, 'clients.legal_hold_set', person.id, { version: updated.version });
    return updated;
  });
}
