import { appendAudit, users, type DbOrTx } from '@umbrella/db';
import { londonToday, MY_WORK_FIRST_PAGE, type myWorkInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { loadReportSummaries } from '../accompaniments/report-view.ts';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import type { FollowUpView, ReportSummary } from '../appointments/views.ts';
import type { CommunicationView } from '../communications/communication-view.ts';
import type { DeadlineView } from '../deadlines/deadline-view.ts';
import {
  countCommunications,
  countDeadlines,
  countReportFollowUps,
  loadCommunicationList,
  loadDeadlineList,
  loadReportFollowUpList,
  recentReports,
} from './my-work-lists.ts';

/** At most this many accompaniment reports of the last 14 days are listed. */
export const RECENT_REPORTS_MAX = 100;

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

/** Whose work: one's own, or (supervisors only) another caseworker's. */
export async function resolveUser(tx: DbOrTx, ctx: StaffContext, userId: string | undefined) {
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

/** My work read (a list's page or the whole): audited with the clients whose rows were shown. */
export async function auditMyWorkRead(
  tx: DbOrTx,
  ctx: StaffContext,
  userId: string,
  shown: readonly { personId: string }[],
  details: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, {
    actorUserId: ctx.session.user.id,
    action: 'my_work.read',
    outcome: 'success',
    entityType: 'user',
    entityId: userId,
    requestId: ctx.meta.requestId,
    details: { personIds: [...new Set(shown.map((row) => row.personId))], ...details },
  });
}

/**
 * A caseworker's overdue and upcoming deadlines (next 14 days), replies overdue and calls or meetings to
 * confirm in writing, on their clients; a supervisor may look at any caseworker's. Restricted clients outside
 * the viewer's teams are left out. The first page of each list, with how many there are in all ("Show more"
 * reads the rest: my-work-pages.ts). The clients shown are audited.
 */
export async function getMyWork(ctx: StaffContext, input: z.infer<typeof myWorkInput>): Promise<MyWork> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const user = await resolveUser(tx, ctx, input.userId);
    const viewer = await loadViewer(tx, ctx);
    const who = { userId: user.id, viewer, today };
    const first = { offset: 0, limit: MY_WORK_FIRST_PAGE };
    const overdue = await loadDeadlineList(tx, 'overdue', who, first);
    const upcoming = await loadDeadlineList(tx, 'upcoming', who, first);
    const replies = await loadCommunicationList(tx, ctx.cipher, 'repliesOverdue', who, first);
    const toConfirm = await loadCommunicationList(tx, ctx.cipher, 'followUps', who, first);
    const reports = await loadReportSummaries(tx, recentReports(user.id, viewer, ctx.now()), {
      limit: RECENT_REPORTS_MAX,
    });
    const waiting = await loadReportFollowUpList(tx, who, first);
    // A list shorter than a page is whole: its length is its count.
    const full = (list: readonly unknown[]) => list.length >= MY_WORK_FIRST_PAGE;
    const counts = {
      ...(full(overdue) || full(upcoming)
        ? await countDeadlines(tx, user.id, viewer, today)
        : { overdue: overdue.length, upcoming: upcoming.length }),
      repliesOverdue: full(replies)
        ? await countCommunications(tx, 'repliesOverdue', user.id, viewer, today)
        : replies.length,
      followUps: full(toConfirm)
        ? await countCommunications(tx, 'followUps', user.id, viewer, today)
        : toConfirm.length,
      reportFollowUps: full(waiting) ? await countReportFollowUps(tx, who) : waiting.length,
    };
    await auditMyWorkRead(
      tx,
      ctx,
      user.id,
      [...overdue, ...upcoming, ...replies, ...toConfirm, ...reports, ...waiting],
      {
        deadlines: overdue.length + upcoming.length,
        communications: replies.length + toConfirm.length,
        reports: reports.length,
        reportFollowUps: waiting.length,
      },
    );
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
      repliesOverdue: await countCommunications(tx, 'repliesOverdue', userId, viewer, today),
      followUps: await countCommunications(tx, 'followUps', userId, viewer, today),
      reportFollowUps: await countReportFollowUps(tx, { userId, viewer, today }),
    };
  });
}
