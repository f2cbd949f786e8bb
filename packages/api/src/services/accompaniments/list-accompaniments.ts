import { appointments, appointmentVolunteers } from '@umbrella/db';
import { DAY_MS } from '@umbrella/domain';
import { and, gte, ne } from 'drizzle-orm';
import type { StaffContext } from '../access/client-record.ts';
import type { VolunteerAccompaniments, VolunteerCard } from '../appointments/views.ts';
import { auditVolunteerRead } from './volunteer-reach.ts';
import { loadCardRows, toVolunteerCard } from './volunteer-card.ts';

const byStart = (a: VolunteerCard, b: VolunteerCard) =>
  a.startsAt.localeCompare(b.startsAt) || a.appointmentId.localeCompare(b.appointmentId);

/**
 * The calling volunteer's accompaniments while they can still reach them (volunteerReach): asked and not
 * declined, and not ended more than the report window ago. Upcoming (not started, or asked and unanswered
 * until it is over; cancelled ones shown as cancelled), to
 * report (started, accepted, not filed) and done (filed, or never answered and past). The appointments shown
 * are audited.
 */
export async function listAccompaniments(ctx: StaffContext): Promise<VolunteerAccompaniments> {
  const now = ctx.now();
  const windowDays = ctx.config.accompanimentReportWindowDays;
  return ctx.db.transaction(async (tx) => {
    const rows = await loadCardRows(
      tx,
      ctx.cipher,
      ctx.session.user.id,
      and(
        ne(appointmentVolunteers.status, 'declined'),
        gte(appointments.endsAt, new Date(now.getTime() - windowDays * DAY_MS)),
      ),
    );
    const cards = rows.map((row) => toVolunteerCard(row, now, windowDays));
    const started = (c: VolunteerCard) => Date.parse(c.startsAt) <= now.getTime();
    const ended = (c: VolunteerCard) => Date.parse(c.endsAt) <= now.getTime();
    // Asked but not yet answered stays "coming up" until it is over: a volunteer can still say yes on the day.
    const upcoming = cards
      .filter((c) => !started(c) || (c.assignment !== 'accepted' && !ended(c)))
      .sort(byStart);
    const toReport = cards
      .filter((c) => started(c) && c.assignment === 'accepted' && c.report.status !== 'filed')
      .sort((a, b) => a.reportWindowEnds.localeCompare(b.reportWindowEnds) || byStart(a, b));
    const done = cards
      .filter((c) => started(c) && (c.report.status === 'filed' || (c.assignment !== 'accepted' && ended(c))))
      .sort((a, b) => byStart(b, a));
    await auditVolunteerRead(
      tx,
      ctx,
      { type: 'user', id: ctx.session.user.id },
      rows.map((r) => ({ appointmentId: r.appointment.id, personId: r.appointment.personId })),
    );
    return { upcoming, toReport, done };
  });
}
