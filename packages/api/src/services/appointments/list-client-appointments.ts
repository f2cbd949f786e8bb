import { appointments } from '@umbrella/db';
import type { listClientAppointmentsInput } from '@umbrella/domain';
import { and, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';
import { loadAppointmentViews, SOONEST_FIRST } from './appointment-view.ts';
import type { ClientAppointments } from './views.ts';

export const UPCOMING_MAX = 50;
export const PAST_PAGE = 20;

/**
 * A client's appointments: those not yet ended, soonest first, and the ended ones, latest first, a page at a
 * time (the cursor names the last one shown; later pages carry the past ones only, `upcoming` empty). Reading
 * them is a read of the client record, and audited.
 */
export async function listClientAppointments(
  ctx: StaffContext,
  input: z.infer<typeof listClientAppointmentsInput>,
): Promise<ClientAppointments> {
  const now = ctx.now();
  const afterId = input.cursor ? decodeIdCursor(input.cursor) : null;
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.personId, 'appointments.read');
    await auditClientRead(tx, ctx, person.id, 'appointments');
    const ofClient = eq(appointments.personId, person.id);
    if (afterId) {
      const [anchor] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(and(eq(appointments.id, afterId), ofClient));
      if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
    }
    const upcoming = afterId
      ? []
      : await loadAppointmentViews(tx, and(ofClient, gt(appointments.endsAt, now)), {
          order: [...SOONEST_FIRST],
          limit: UPCOMING_MAX,
          now,
        });
    const past = await loadAppointmentViews(
      tx,
      and(
        ofClient,
        lte(appointments.endsAt, now),
        afterId
          ? sql`(${appointments.startsAt}, ${appointments.id}) <
                (select a.starts_at, a.id from ${appointments} a where a.id = ${afterId})`
          : undefined,
      ),
      { order: [desc(appointments.startsAt), desc(appointments.id)], limit: PAST_PAGE + 1, now },
    );
    const page = past.slice(0, PAST_PAGE);
    const last = page.at(-1);
    return {
      upcoming,
      past: page,
      nextCursor: past.length > PAST_PAGE && last ? encodeIdCursor(last.id) : null,
    };
  });
}
