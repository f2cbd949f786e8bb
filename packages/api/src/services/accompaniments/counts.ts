import { accompanimentReports, appointments, type DbOrTx } from '@umbrella/db';
import { londonLocalToInstant, londonToday } from '@umbrella/domain';
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import type { AccompanimentCounts } from '../appointments/views.ts';

export const COUNT_MONTHS = 12;

/** `2026-11` plus `delta` months. */
function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last 12 London months (current month last), as `YYYY-MM`. */
export function lastMonths(now: Date, count = COUNT_MONTHS): string[] {
  const current = londonToday(now).slice(0, 7);
  return Array.from({ length: count }, (_, i) => addMonths(current, i - count + 1));
}

/**
 * Filed reports by the London month of the appointment: accompaniments are those attended, minutes all the
 * time given (a client who did not come still cost the volunteer the journey). Counting only.
 */
async function countByMonth(tx: DbOrTx, now: Date, where: SQL | undefined): Promise<AccompanimentCounts> {
  const months = lastMonths(now);
  const first = months[0] ?? '';
  const from = londonLocalToInstant(`${first}-01T00:00`);
  const to = londonLocalToInstant(`${addMonths(months[months.length - 1] ?? first, 1)}-01T00:00`);
  const month = sql<string>`to_char(${appointments.startsAt} at time zone 'Europe/London', 'YYYY-MM')`;
  const rows = await tx
    .select({
      month,
      accompaniments: sql<number>`count(*) filter (where ${accompanimentReports.outcome} = 'attended')`,
      minutes: sql<number>`coalesce(sum(${accompanimentReports.minutesSpent}), 0)`,
    })
    .from(accompanimentReports)
    .innerJoin(appointments, eq(appointments.id, accompanimentReports.appointmentId))
    .where(
      and(
        eq(accompanimentReports.status, 'filed'),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
        where,
      ),
    )
    .groupBy(month);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const list = months.map((m) => ({
    month: m,
    accompaniments: Number(byMonth.get(m)?.accompaniments ?? 0),
    minutes: Number(byMonth.get(m)?.minutes ?? 0),
  }));
  return {
    months: list,
    totalAccompaniments: list.reduce((n, m) => n + m.accompaniments, 0),
    totalMinutes: list.reduce((n, m) => n + m.minutes, 0),
  };
}

/** The organisation's accompaniments and volunteer hours by month (staff). */
export async function organisationCounts(ctx: StaffContext): Promise<AccompanimentCounts> {
  return countByMonth(ctx.db, ctx.now(), undefined);
}

/** The calling volunteer's own accompaniments and hours by month. */
export async function myAccompanimentCounts(ctx: StaffContext): Promise<AccompanimentCounts> {
  return countByMonth(ctx.db, ctx.now(), eq(accompanimentReports.volunteerId, ctx.session.user.id));
}
