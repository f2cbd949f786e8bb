import { appointments, matters, users, type DbOrTx } from '@umbrella/db';
import { londonLocalToInstant, type MatterKind } from '@umbrella/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { openClientRecord, type PersonRow, type StaffContext } from '../access/client-record.ts';

export type AppointmentRow = typeof appointments.$inferSelect;

export const CANCELLED_MESSAGE = 'This appointment is cancelled: it can no longer be changed.';
export const CHOOSE_VOLUNTEERS = 'Choose volunteers from the list';

async function selectAppointment(tx: DbOrTx, id: string, lock: boolean): Promise<AppointmentRow | undefined> {
  const query = tx.select().from(appointments).where(eq(appointments.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * Opens an appointment by id: finds its client, then checks the caller may open that client's record (a
 * refusal is audited by `inClientTransaction`). `write` also locks the appointment.
 */
export async function openAppointment(
  tx: DbOrTx,
  ctx: StaffContext,
  id: string,
  action: string,
  options: { write?: boolean } = {},
): Promise<{ person: PersonRow; appointment: AppointmentRow }> {
  const found = await selectAppointment(tx, id, false);
  if (!found) throw notFound('appointment');
  const person = await openClientRecord(tx, ctx, found.personId, action, { write: options.write });
  const appointment = options.write ? await selectAppointment(tx, id, true) : found;
  if (!appointment) throw notFound('appointment');
  return { person, appointment };
}

/** A cancelled appointment is kept as it was. */
export function assertNotCancelled(appointment: AppointmentRow): void {
  if (appointment.status === 'cancelled') throw new AppError('BAD_REQUEST', CANCELLED_MESSAGE);
}

/** The matter named in an input: it must be one of this client's. */
export async function requireMatter(
  tx: DbOrTx,
  personId: string,
  matterId: string | null,
): Promise<{ id: string; kind: MatterKind } | null> {
  if (!matterId) return null;
  const [matter] = await tx
    .select({ id: matters.id, kind: matters.kind })
    .from(matters)
    .where(and(eq(matters.id, matterId), eq(matters.personId, personId)));
  if (!matter) throw badRequest('matterId', 'That matter is not on this client’s case file.');
  return matter;
}

/** Every id must be an active volunteer's; anything else (unknown, staff, deactivated) is refused. */
export async function requireVolunteers(tx: DbOrTx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.role, 'volunteer'), eq(users.active, true)));
  if (rows.length !== new Set(ids).size) throw badRequest('volunteerIds', CHOOSE_VOLUNTEERS);
}

/**
 * London wall-clock start and end to instants. The schema compared the wall-clock times; across a clock
 * change (the spring's missing hour) the instants can still come out the wrong way round.
 */
export function toInstants(input: { startsAt: string; endsAt: string }): { startsAt: Date; endsAt: Date } {
  const startsAt = londonLocalToInstantSafe(input.startsAt, 'startsAt');
  const endsAt = londonLocalToInstantSafe(input.endsAt, 'endsAt');
  if (endsAt <= startsAt) throw badRequest('endsAt', 'The end must be after the start');
  return { startsAt, endsAt };
}

function londonLocalToInstantSafe(local: string, field: string): Date {
  try {
    return londonLocalToInstant(local);
  } catch {
    throw badRequest(field, 'Enter a date and time, for example 2026-12-05T14:00');
  }
}
