import { people } from '@umbrella/db';
import type { clearLegalHoldInput } from '@umbrella/domain';
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

export const NOT_ON_HOLD_MESSAGE = 'This client is not on legal hold.';

/** Lifts a client's legal hold (supervisors): the retention policy applies to them again. Versioned; audited. */
export async function clearLegalHold(
  ctx: StaffContext,
  input: z.infer<typeof clearLegalHoldInput>,
): Promise<{ id: string; version: number }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'clients.legal_hold_clear', {
      forUpdate: true,
    });
    if (person.version !== input.version) throw conflict('client record');
    if (!person.legalHold) throw badRequest('personId', NOT_ON_HOLD_MESSAGE);
    const [updated] = await tx
      .update(people)
      .set({
        legalHold: false,
        legalHoldReason: null,
        legalHoldSetById: null,
        legalHoldSetAt: null,
        version: sql`${people.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(people.id, person.id), eq(people.version, input.version)))
      .returning({ id: people.id, version: people.version });
    if (!updated) throw await staleOrMissing(tx, people, person.id, 'client record');
    await auditClientChange(tx, ctx, 'clients.legal_hold_clear', person.id, { version: updated.version });
    return updated;
  });
}
