import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  communications,
  deadlines,
  people,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import {
  addCalendarDays,
  DAY_MS,
  UPCOMING_WINDOW_DAYS,
  type ClientViewer,
  type MyWorkCommunicationList,
  type MyWorkDeadlineList,
} from '@umbrella/domain';
import { and, asc, count, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import { loadFollowUpViews } from '../accompaniments/follow-up-view.ts';
import { openableBy } from '../access/openable.ts';
import { workedBy } from '../access/worked-by.ts';
import type { FollowUpView } from '../appointments/views.ts';
import { loadCommunicationViews, type CommunicationView } from '../communications/communication-view.ts';
import { loadDeadlineViews, type DeadlineView } from '../deadlines/deadline-view.ts';

/*
 * The lists of My work, each on the clients `userId` works (key worker or lead caseworker) that the viewer may
 * open, and read a page at a time: My work shows the first page of each, "Show more" the next ones.
 */

/** Accompaniment reports filed this many days back are listed. */
export const RECENT_REPORT_DAYS = 14;

export interface ListPage {
  offset: number;
  limit: number;
}

/** Whose lists, seen by whom, on which day. */
export interface ListOwner {
  userId: string;
  viewer: ClientViewer;
  today: string;
}

/** Open deadlines of `userId`'s clients due by the end of the window, that the viewer may open. */
function dueSoon(userId: string, viewer: ClientViewer, today: string): SQL | undefined {
  return and(
    eq(deadlines.status, 'open'),
    lte(deadlines.due, addCalendarDays(today, UPCOMING_WINDOW_DAYS)),
    workedBy(userId, deadlines.caseId),
    openableBy(viewer),
  );
}

/** Overdue (due before today) or upcoming (today to the end of the window), soonest due first. */
export function loadDeadlineList(
  tx: DbOrTx,
  list: MyWorkDeadlineList,
  who: ListOwner,
  page: ListPage,
): Promise<DeadlineView[]> {
  const when = list === 'overdue' ? lt(deadlines.due, who.today) : gte(deadlines.due, who.today);
  const where = and(dueSoon(who.userId, who.viewer, who.today), when);
  return loadDeadlineViews(tx, where, who.today, page.limit, page.offset);
}

/** How many deadlines are overdue and upcoming: one counting query. */
export async function countDeadlines(
  tx: DbOrTx,
  userId: string,
  viewer: ClientViewer,
  today: string,
): Promise<Record<MyWorkDeadlineList, number>> {
  const [row] = await tx
    .select({
      overdue: count(sql`case when ${lt(deadlines.due, today)} then 1 end`),
      upcoming: count(sql`case when ${gte(deadlines.due, today)} then 1 end`),
    })
    .from(deadlines)
    .innerJoin(people, eq(people.id, deadlines.personId))
    .where(dueSoon(userId, viewer, today));
  return { overdue: Number(row?.overdue ?? 0), upcoming: Number(row?.upcoming ?? 0) };
}

/**
 * Replies overdue (sent, awaiting a reply past its due date: oldest due first) or calls and meetings still to
 * be confirmed in writing (oldest first).
 */
function communicationWhere(
  list: MyWorkCommunicationList,
  userId: string,
  viewer: ClientViewer,
  today: string,
): SQL | undefined {
  const which =
    list === 'repliesOverdue'
      ? and(eq(communications.replyState, 'awaiting'), lt(communications.replyDue, today))
      : eq(communications.confirmation, 'needed');
  return and(which, workedBy(userId, communications.caseId), openableBy(viewer));
}

const COMMUNICATION_ORDER: Record<MyWorkCommunicationList, SQL[]> = {
  repliesOverdue: [asc(communications.replyDue), asc(communications.occurredOn), asc(communications.id)],
  followUps: [asc(communications.occurredOn), asc(communications.createdAt), asc(communications.id)],
};

export function loadCommunicationList(
  tx: DbOrTx,
  cipher: FieldCipher,
  list: MyWorkCommunicationList,
  who: ListOwner,
  page: ListPage,
): Promise<CommunicationView[]> {
  return loadCommunicationViews(tx, cipher, communicationWhere(list, who.userId, who.viewer, who.today), {
    today: who.today,
    limit: page.limit,
    offset: page.offset,
    excerpt: true,
    order: COMMUNICATION_ORDER[list],
  });
}

export async function countCommunications(
  tx: DbOrTx,
  list: MyWorkCommunicationList,
  userId: string,
  viewer: ClientViewer,
  today: string,
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(communications)
    .innerJoin(people, eq(people.id, communications.personId))
    .where(communicationWhere(list, userId, viewer, today));
  return Number(row?.n ?? 0);
}

/** Accompaniment reports filed in the last 14 days on the user's clients. */
export function recentReports(userId: string, viewer: ClientViewer, now: Date): SQL | undefined {
  return and(
    gte(accompanimentReports.filedAt, new Date(now.getTime() - RECENT_REPORT_DAYS * DAY_MS)),
    sql`exists (select 1 from ${appointments} where ${appointments.id} = ${accompanimentReports.appointmentId} and ${workedBy(userId, appointments.caseId)})`,
    openableBy(viewer),
  );
}

/** Follow-ups proposed in accompaniment reports (of any age), still waiting: oldest first. */
function reportFollowUpWhere(userId: string, viewer: ClientViewer): SQL | undefined {
  return and(
    eq(appointmentFollowUps.state, 'proposed'),
    workedBy(userId, appointmentFollowUps.caseId),
    openableBy(viewer),
  );
}

export function loadReportFollowUpList(tx: DbOrTx, who: ListOwner, page: ListPage): Promise<FollowUpView[]> {
  return loadFollowUpViews(tx, reportFollowUpWhere(who.userId, who.viewer), page);
}

export async function countReportFollowUps(tx: DbOrTx, who: ListOwner): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(appointmentFollowUps)
    .innerJoin(people, eq(people.id, appointmentFollowUps.personId))
    .where(reportFollowUpWhere(who.userId, who.viewer));
  return Number(row?.n ?? 0);
}
