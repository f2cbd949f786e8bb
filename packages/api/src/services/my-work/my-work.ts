import {
  accompanimentReports,
  appendAudit,
  appointmentFollowUps,
  appointments,
  communications,
  deadlines,
  people,
  users,
  type DbOrTx,
} from '@umbrella/db';
import {
  addCalendarDays,
  DAY_MS,
  londonToday,
  UPCOMING_WINDOW_DAYS,
  type ClientViewer,
  type myWorkInput,
} from '@umbrella/domain';
import { and, asc, count, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { loadFollowUpViews } from '../accompaniments/follow-up-view.ts';
import { loadReportSummaries } from '../accompaniments/report-view.ts';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { openableBy } from '../access/openable.ts';
import { workedBy } from '../access/worked-by.ts';
import type { FollowUpView, ReportSummary } from '../appointments/views.ts';
import { loadCommunicationViews, type CommunicationView } from '../communications/communication-view.ts';
import { loadDeadlineViews, type DeadlineView } from '../deadlines/deadline-view.ts';

/** My work lists at most this many of each kind (overdue, upcoming, replies…); the counts say how many in all. */
export const MY_WORK_LIST_MAX = 100;
/** Accompaniment reports filed this many days back are listed. */
export const RECENT_REPORT_DAYS = 14;

export interface MyWorkCounts {
  overdue: number;
  upcoming: number;
  repliesOverdue: number;
  followUps: number;
  /** Follow-ups proposed in accompaniment reports, waiting to be confirmed or dismissed. */
  reportFollowUps: number;
}

export interface MyWork {
  user: { id: string; displayName: string };
  today: string;
  overdue: DeadlineView[];
  upcoming: DeadlineView[];
  /** Sent, awaiting a reply, and past the reply-due date: oldest due first. */
  repliesOverdue: CommunicationView[];
  /** Calls and meetings still to be confirmed in writing: oldest first. */
  followUps: CommunicationView[];
  /** Accompaniment reports filed in the last 14 days: latest first. */
  reports: ReportSummary[];
  /** Follow-ups proposed in those reports (of any age) still waiting: oldest first. */
  reportFollowUps: FollowUpView[];
  counts: MyWorkCounts;
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

/** How many of those are overdue (due before today) and upcoming: one counting query. */
async function countDeadlines(
  tx: DbOrTx,
  userId: string,
  viewer: ClientViewer,
  today: string,
): Promise<{ overdue: number; upcoming: number }> {
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

function repliesOverdue(userId: string, viewer: ClientViewer, today: string): SQL | undefined {
  return and(
    eq(communications.replyState, 'awaiting'),
    lt(communications.replyDue, today),
    workedBy(userId, communications.caseId),
    openableBy(viewer),
  );
}

function followUps(userId: string, viewer: ClientViewer): SQL | undefined {
  return and(
    eq(communications.confirmation, 'needed'),
    workedBy(userId, communications.caseId),
    openableBy(viewer),
  );
}

function recentReports(userId: string, viewer: ClientViewer, now: Date): SQL | undefined {
  return and(
    gte(accompanimentReports.filedAt, new Date(now.getTime() - RECENT_REPORT_DAYS * DAY_MS)),
    sql`exists (select 1 from ${appointments} where ${appointments.id} = ${accompanimentReports.appointmentId} and ${workedBy(userId, appointments.caseId)})`,
    openableBy(viewer),
  );
}

function reportFollowUps(userId: string, viewer: ClientViewer): SQL | undefined {
  return and(
    eq(appointmentFollowUps.state, 'proposed'),
    workedBy(userId, appointmentFollowUps.caseId),
    openableBy(viewer),
  );
}

async function countReportFollowUps(tx: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(appointmentFollowUps)
    .innerJoin(people, eq(people.id, appointmentFollowUps.personId))
    .where(where);
  return Number(row?.n ?? 0);
}

async function resolveUser(tx: DbOrTx, ctx: StaffContext, userId: string | undefined) {
  const self = ctx.session.user;
  if (!userId || userId === self.id) return { id: self.id, displayName: self.displayName };
  if (self.role !== 'supervisor') {
    throw new AppError('FORBIDDEN', 'Only a supervisor can view another caseworker’s work.');
  }
  const [user] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw notFound('user');
  return user;
}

async function countCommunications(tx: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(communications)
    .innerJoin(people, eq(people.id, communications.personId))
    .where(where);
  return Number(row?.n ?? 0);
}

/**
 * A caseworker's overdue and upcoming deadlines (next 14 days), replies overdue and calls or meetings to
 * confirm in writing, on their clients; a supervisor may look at any caseworker's. Restricted clients outside
 * the viewer's teams are left out. The clients shown are audited.
 */
export async function getMyWork(ctx: StaffContext, input: z.infer<typeof myWorkInput>): Promise<MyWork> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const user = await resolveUser(tx, ctx, input.userId);
    const viewer = await loadViewer(tx, ctx);
    const soon = dueSoon(user.id, viewer, today);
    const overdue = await loadDeadlineViews(tx, and(soon, lt(deadlines.due, today)), today, MY_WORK_LIST_MAX);
    const upcoming = await loadDeadlineViews(
      tx,
      and(soon, gte(deadlines.due, today)),
      today,
      MY_WORK_LIST_MAX,
    );
    const items = [...overdue, ...upcoming];
    const replies = await loadCommunicationViews(tx, ctx.cipher, repliesOverdue(user.id, viewer, today), {
      today,
      limit: MY_WORK_LIST_MAX,
      excerpt: true,
      order: [asc(communications.replyDue), asc(communications.occurredOn), asc(communications.id)],
    });
    const toConfirm = await loadCommunicationViews(tx, ctx.cipher, followUps(user.id, viewer), {
      today,
      limit: MY_WORK_LIST_MAX,
      excerpt: true,
      order: [asc(communications.occurredOn), asc(communications.createdAt), asc(communications.id)],
    });
    const reports = await loadReportSummaries(tx, recentReports(user.id, viewer, ctx.now()), {
      limit: MY_WORK_LIST_MAX,
    });
    const waiting = await loadFollowUpViews(tx, reportFollowUps(user.id, viewer), {
      limit: MY_WORK_LIST_MAX,
    });
    const deadlineCounts =
      overdue.length < MY_WORK_LIST_MAX && upcoming.length < MY_WORK_LIST_MAX
        ? { overdue: overdue.length, upcoming: upcoming.length }
        : await countDeadlines(tx, user.id, viewer, today);
    const counts = {
      ...deadlineCounts,
      repliesOverdue:
        replies.length < MY_WORK_LIST_MAX
          ? replies.length
          : await countCommunications(tx, repliesOverdue(user.id, viewer, today)),
      followUps:
        toConfirm.length < MY_WORK_LIST_MAX
          ? toConfirm.length
          : await countCommunications(tx, followUps(user.id, viewer)),
      reportFollowUps:
        waiting.length < MY_WORK_LIST_MAX
          ? waiting.length
          : await countReportFollowUps(tx, reportFollowUps(user.id, viewer)),
    };
    const shown = [...items, ...replies, ...toConfirm, ...reports, ...waiting];
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'my_work.read',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: {
        personIds: [...new Set(shown.map((d) => d.personId))],
        deadlines: items.length,
        communications: replies.length + toConfirm.length,
        reports: reports.length,
        reportFollowUps: waiting.length,
      },
    });
    return {
      user,
      today,
      overdue,
      upcoming,
      repliesOverdue: replies,
      followUps: toConfirm,
      reports,
      reportFollowUps: waiting,
      counts,
    };
  });
}

/** The numbers for the navigation badge: counting queries only, nothing about any client. */
export async function myWorkCounts(ctx: StaffContext): Promise<MyWorkCounts> {
  const today = londonToday(ctx.now());
  const userId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, ctx);
    return {
      ...(await countDeadlines(tx, userId, viewer, today)),
      repliesOverdue: await countCommunications(tx, repliesOverdue(userId, viewer, today)),
      followUps: await countCommunications(tx, followUps(userId, viewer)),
      reportFollowUps: await countReportFollowUps(tx, reportFollowUps(userId, viewer)),
    };
  });
}
