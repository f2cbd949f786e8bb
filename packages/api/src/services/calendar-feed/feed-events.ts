import {
  appointments,
  appointmentVolunteers,
  calendarFeeds,
  people,
  teamMembers,
  users,
  type DbOrTx,
} from '@umbrella/db';
import { DAY_MS, feedSummary } from '@umbrella/domain';
import { and, asc, eq, gte, inArray, isNull, lt, ne, type SQL } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { openableBy } from '../access/openable.ts';
import { workedBy } from '../access/worked-by.ts';
import { hashFeedToken, isFeedToken } from './feed-token.ts';

/** The feed carries appointments from this many days back to this many ahead. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 180;

interface FeedEvent {
  id: string;
  version: number;
  startsAt: Date;
  endsAt: Date;
  area: string | null;
  tentative: boolean;
}

const eventColumns = {
  id: appointments.id,
  version: appointments.version,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  area: appointments.area,
};

function inRange(now: Date): SQL | undefined {
  return and(
    ne(appointments.status, 'cancelled'),
    gte(appointments.startsAt, new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS)),
    lt(appointments.startsAt, new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS)),
  );
}

/** A volunteer's accompaniments: asked or accepted, never declined. */
async function volunteerEvents(tx: DbOrTx, userId: string, now: Date): Promise<FeedEvent[]> {
  const rows = await tx
    .select({ ...eventColumns, assignment: appointmentVolunteers.status })
    .from(appointmentVolunteers)
    .innerJoin(appointments, eq(appointments.id, appointmentVolunteers.appointmentId))
    .where(
      and(
        eq(appointmentVolunteers.userId, userId),
        inArray(appointmentVolunteers.status, ['offered', 'accepted']),
        inRange(now),
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
  return rows.map(({ assignment, ...r }) => ({ ...r, tentative: assignment === 'offered' }));
}

/** A caseworker's or supervisor's own clients' appointments (as My work counts them), that they may open. */
async function staffEvents(
  tx: DbOrTx,
  user: { id: string; role: 'caseworker' | 'supervisor' },
  now: Date,
): Promise<FeedEvent[]> {
  const teams = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, user.id));
  const rows = await tx
    .select(eventColumns)
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(
      and(
        workedBy(user.id, appointments.caseId),
        openableBy({ role: user.role, teamIds: teams.map((t) => t.teamId) }),
        inRange(now),
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
  return rows.map((r) => ({ ...r, tentative: false }));
}

/**
 * The calendar a feed address serves, or null when the address is unknown, revoked or its owner deactivated
 * (the server answers all three alike). Calendar apps sync to servers Umbrella does not control, so an event
 * says only "Accompaniment, 14:00, Croydon" and links back into Umbrella: no name, place or notes.
 */
export async function calendarFeedIcs(
  db: DbOrTx,
  token: string,
  now: Date,
  origin: string,
): Promise<string | null> {
  if (!isFeedToken(token)) return null;
  return db.transaction(async (tx) => {
    const [feed] = await tx
      .select({ id: calendarFeeds.id, userId: users.id, role: users.role })
      .from(calendarFeeds)
      .innerJoin(users, eq(users.id, calendarFeeds.userId))
      .where(
        and(
          eq(calendarFeeds.tokenHash, hashFeedToken(token)),
          isNull(calendarFeeds.revokedAt),
          eq(users.active, true),
        ),
      )
      .limit(1);
    if (!feed) return null;
    await tx.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.id, feed.id));
    const viewer = feed.role === 'volunteer' ? 'volunteer' : 'staff';
    const events =
      feed.role === 'volunteer'
        ? await volunteerEvents(tx, feed.userId, now)
        : await staffEvents(tx, { id: feed.userId, role: feed.role }, now);
    const base = viewer === 'volunteer' ? 'accompaniments' : 'appointments';
    const calendar = ical({
      name: viewer === 'volunteer' ? 'Umbrella accompaniments' : 'Umbrella client appointments',
      prodId: { company: 'Umbrella', product: 'Umbrella', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 60 * 60,
    });
    for (const event of events) {
      const url = `${origin}/${base}/${event.id}`;
      calendar.createEvent({
        id: `${event.id}@umbrella`,
        sequence: event.version,
        stamp: now,
        start: event.startsAt,
        end: event.endsAt,
        summary: feedSummary(event, viewer),
        description: url,
        url,
        class: ICalEventClass.PRIVATE,
        status: event.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  });
}
