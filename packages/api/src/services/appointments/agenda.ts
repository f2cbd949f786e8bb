import { appendAudit, appointments, people } from '@umbrella/db';
import { addCalendarDays, londonDateOf, londonLocalToInstant, type AgendaInput } from '@umbrella/domain';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { openableBy } from '../access/openable.ts';
import { workedBy } from '../access/worked-by.ts';
import { loadAppointmentViews, SOONEST_FIRST, stillUnassigned } from './appointment-view.ts';
import type { Agenda } from './views.ts';

/** An agenda shows at most this many appointments; more, and it says so (narrow the range). */
export const AGENDA_MAX = 500;

/** The Monday of the week `date` (`YYYY-MM-DD`) falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(date, -((weekday + 6) % 7));
}

/**
 * The appointments starting on a London day or in a week (Monday to Sunday), day by day, empty days
 * included: the caller's own clients' (`mine`: key worker or lead caseworker, for supervisors too) or every
 * client they may open (`all`), optionally only those still needing a volunteer. The clients shown are
 * audited in one row.
 */
export async function getAgenda(ctx: StaffContext, input: AgendaInput): Promise<Agenda> {
  if (input.date < '2000-01-01' || input.date > '2099-12-31') {
    throw badRequest('date', 'Enter a date between 2000 and 2099');
  }
  const now = ctx.now();
  const from = input.span === 'day' ? input.date : mondayOf(input.date);
  const to = addCalendarDays(from, input.span === 'day' ? 0 : 6);
  // London midnights: every day has one (the clocks change at 01:00 or 02:00).
  const start = londonLocalToInstant(`${from}T00:00`);
  const end = londonLocalToInstant(`${addCalendarDays(to, 1)}T00:00`);
  const userId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, ctx);
    const inRange = and(
      gte(appointments.startsAt, start),
      lt(appointments.startsAt, end),
      openableBy(viewer),
      input.scope === 'mine' ? workedBy(userId, appointments.caseId) : undefined,
    );
    const rows = await loadAppointmentViews(
      tx,
      and(inRange, input.unassignedOnly ? stillUnassigned(now) : undefined),
      { order: [...SOONEST_FIRST], limit: AGENDA_MAX + 1, now },
    );
    const shown = rows.slice(0, AGENDA_MAX);
    const truncated = rows.length > AGENDA_MAX;
    const unassigned = truncated
      ? await tx
          .select({ n: count() })
          .from(appointments)
          .innerJoin(people, eq(people.id, appointments.personId))
          .where(and(inRange, stillUnassigned(now)))
          .then(([row]) => Number(row?.n ?? 0))
      : shown.filter((a) => a.unassigned).length;
    const days: Agenda['days'] = [];
    for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push({ date: day, appointments: [] });
    const byDate = new Map(days.map((d) => [d.date, d]));
    for (const appointment of shown)
      byDate.get(londonDateOf(appointment.startsAt))?.appointments.push(appointment);
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'appointments.agenda',
      outcome: 'success',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.meta.requestId,
      details: {
        personIds: [...new Set(shown.map((a) => a.personId))],
        from,
        to,
        scope: input.scope,
        appointments: shown.length,
      },
    });
    return { from, to, days, unassigned, truncated };
  });
}
